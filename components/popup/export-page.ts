/**
 * "Export this page": the page's figures as claims with their verdicts, as a CSV or a
 * claims-list/1 JSON file. The files are made here, in the popup, from the summary it already
 * has; nothing is asked of the background.
 *
 * @module
 */
import type { PageFigure } from '../../lib/messages/protocol';
import type { Source } from '../../lib/claims/mention';
import { exportListMeta } from '../../lib/transfer/claims-list';
import { pageToCsv } from '../../lib/transfer/export-csv';
import { pageToJson } from '../../lib/transfer/export-json';
import { exportFileName, pageClaims } from '../../lib/transfer/export-names';

/** The formats a page export comes in. */
export type PageExportFormat = 'csv' | 'json';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  blob: Blob;
}

const TYPES: Record<PageExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * The page's figures as a file: each figure is the claim the page published (the id the
 * background stores it under) with its verdict and other sources, or none when unanswered.
 *
 * @param pageUrl - the page's address, used when the page states no canonical URL.
 */
export async function exportPage(
  source: Source,
  pageUrl: string,
  figures: readonly PageFigure[],
  format: PageExportFormat,
  now: Date,
): Promise<ExportFile> {
  const iso = now.toISOString();
  const items = pageClaims({ ...source, url: source.url ?? pageUrl }, figures, iso);
  const title = source.title ?? source.outlet ?? pageUrl;
  const chunks =
    format === 'csv'
      ? pageToCsv(items)
      : pageToJson(exportListMeta(iso, `Figures of ${title}`.slice(0, 200)), items);
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return {
    name: exportFileName('page', format, now),
    blob: new Blob(parts, { type: TYPES[format] }),
  };
}

/** Saves a file through a temporary object URL and an `<a download>`. */
export function downloadFile(doc: Document, file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
