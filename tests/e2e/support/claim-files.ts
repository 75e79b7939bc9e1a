import type { Page } from 'playwright-core';
import type { Claim } from '../../../lib/claims/claim';
import { countLine, waitForClaimsReady } from './claims-page';
import { csvRecord, documentedColumns } from './csv';

/** The claims CSV's columns, as docs/export-import.md lists them. */
export const COLUMNS = documentedColumns('### CSV columns');
/** The columns a page export adds, as docs/export-import.md lists them. */
export const PAGE_COLUMNS = documentedColumns('A page export adds:');
/** The claims CSV's header line. */
export const CSV_HEADER = COLUMNS.join(',');

/**
 * A claim's cells under the documented column names, written from the documentation's table
 * (not by the product's exporter), so an import test's file is what a user could write.
 */
export function cellsOf(c: Claim): Record<string, string> {
  const text = (v: string | null | undefined): string => v ?? '';
  const num = (v: number | null): string => (v === null ? '' : String(v));
  return {
    id: c.id,
    text: c.text,
    quote: c.quote,
    metric: c.metric,
    value_n: String(c.value.n),
    value_min: num(c.value.min),
    value_max: num(c.value.max),
    value_qualifier: c.value.qualifier,
    attacker: text(c.attacker),
    group: text(c.group),
    place_name: text(c.place?.name),
    place_code: text(c.place?.code),
    place_level: text(c.place?.level),
    date: text(c.date),
    attributed_to: text(c.attributedTo),
    source_url: c.source.url,
    source_outlet: text(c.source.outlet),
    source_title: text(c.source.title),
    source_published_at: text(c.source.publishedAt),
    origin: c.origin,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    edited_at: text(c.editedAt),
  };
}

/** One CSV record of the documented columns (every cell quoted), without its line end. */
export function csvRow(cells: Record<string, string>): string {
  return csvRecord(COLUMNS.map((name) => cells[name] ?? ''));
}

const NUMBER = new Intl.NumberFormat('en-GB');

/** The import dialog's report: "Read 14 rows (claims CSV): 10 added, 0 updated, 0 unchanged, 4 rejected." */
export function importSummary(
  rows: number,
  format: 'claims CSV' | 'claims JSON' | 'Air Force dataset',
  c: { added: number; updated?: number; unchanged?: number; rejected?: number },
): string {
  const n = (x = 0): string => NUMBER.format(x);
  return (
    `Read ${n(rows)} rows (${format}): ${n(c.added)} added, ${n(c.updated)} updated, ` +
    `${n(c.unchanged)} unchanged, ${n(c.rejected)} rejected.`
  );
}

/** The claims browser's dialogs, opened and closed as a user does. */
export function claimsDialogs(page: Page) {
  const dialog = (name: string) => page.getByRole('dialog', { name });
  const open = async (button: string, name: string) => {
    await page.getByRole('button', { name: button }).click();
    await dialog(name).waitFor();
    return dialog(name);
  };
  const close = async (name: string): Promise<void> => {
    await dialog(name).getByRole('button', { name: 'Close', exact: true }).click();
    await dialog(name).waitFor({ state: 'hidden' });
  };
  return {
    dialog,
    open,
    close,
    /** Chooses a file in the import dialog and waits for the report that says `expected`. */
    async importFile(
      input: 'claims' | 'official',
      file: string | { name: string; mimeType: string; buffer: Buffer },
      expected: string,
    ): Promise<void> {
      const panel = await open('Import…', 'Import claims');
      const label = input === 'claims' ? /^Claims file/ : /^Official Air Force record/;
      await panel.getByLabel(label).setInputFiles(file);
      try {
        await panel.locator('.import-summary', { hasText: expected }).waitFor({ timeout: 30_000 });
      } catch (error) {
        const shown = await panel.locator('[role="status"], [role="alert"]').allTextContents();
        throw new Error(`import report reads ${JSON.stringify(shown)}, not "${expected}"`, {
          cause: error,
        });
      }
    },
    /** The import report's rejected rows: "line 7: metric: …". */
    rejectedLines: (): Promise<string[]> =>
      dialog('Import claims').locator('.rejected-list li').allTextContents(),
  };
}

/** The total the unfiltered count line shows after a reload (claims of pages read since count). */
export async function shownTotal(page: Page): Promise<number> {
  await page.reload();
  await waitForClaimsReady(page);
  await page.waitForFunction(() =>
    /^[\d,]+ claims?$/.test(document.querySelector('.count-line')?.textContent ?? ''),
  );
  const text = (await countLine(page).textContent()) ?? '';
  const match = /^([\d,]+) claims?$/.exec(text);
  if (!match?.[1]) throw new Error(`count line reads "${text}"`);
  return Number(match[1].replaceAll(',', ''));
}
