import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { DEFAULT_SORT } from '../../lib/claims/claim-query';
import { claimPages } from '../../lib/claims-browser/claim-pages';
import { claimsWords } from '../../lib/claims-browser/count-line';
import type { FetchPage } from '../../lib/claims-browser/row-pager';
import type { ViewState } from '../../lib/claims-browser/url-state';
import {
  claimsToCsv,
  claimsToJson,
  exportFileName,
  exportListMeta,
} from '../../lib/transfer/index';

export interface ExportPanelProps {
  fetchPage: FetchPage;
  /** The view the table shows ("Export filtered"). */
  view: ViewState;
  /** How many claims each export will hold, when known (for the progress bar). */
  filteredCount: number | null;
  totalCount: number | null;
}

type Format = 'csv' | 'json';
type Scope = 'filtered' | 'everything';

interface Done {
  href: string;
  name: string;
  claims: number;
  bytes: number;
}

const NUMBER = new Intl.NumberFormat('en-GB');

function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Exports the filtered view or every claim as CSV or claims-list JSON: pages through the
 * background, feeds the chunked exporter, and downloads the file it builds.
 */
export function ExportPanel({ fetchPage, view, filteredCount, totalCount }: ExportPanelProps) {
  const id = useId();
  const [format, setFormat] = useState<Format>('csv');
  const [running, setRunning] = useState<{ expected: number | null; done: number } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (!done) return;
    link.current?.click();
    return () => URL.revokeObjectURL(done.href);
  }, [done]);

  const run = async (scope: Scope): Promise<void> => {
    const abort = new AbortController();
    controller.current = abort;
    const source: ViewState =
      scope === 'filtered' ? view : { filter: {}, sort: { ...DEFAULT_SORT } };
    const expected = scope === 'filtered' ? filteredCount : totalCount;
    let exported = 0;
    setDone(null);
    setError(null);
    setRunning({ expected, done: 0 });
    async function* claims(): AsyncGenerator<Claim> {
      for await (const page of claimPages(fetchPage, source, abort.signal)) {
        yield* page;
        exported += page.length;
        setRunning({ expected, done: exported });
      }
    }
    try {
      const now = new Date();
      const chunks =
        format === 'csv'
          ? claimsToCsv(claims())
          : claimsToJson(exportListMeta(now.toISOString()), claims());
      const parts: string[] = [];
      for await (const chunk of chunks) parts.push(chunk);
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
      const blob = new Blob(parts, { type });
      setDone({
        href: URL.createObjectURL(blob),
        name: exportFileName('claims', format, now),
        claims: exported,
        bytes: blob.size,
      });
    } catch (e) {
      if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      else setError('Export cancelled.');
    } finally {
      setRunning(null);
      controller.current = null;
    }
  };

  return (
    <div class="export-panel">
      <fieldset class="format-choice">
        <legend>Format</legend>
        {(['csv', 'json'] as const).map((f) => (
          <label key={f}>
            <input
              type="radio"
              name={`${id}-format`}
              value={f}
              checked={format === f}
              disabled={running !== null}
              onChange={() => setFormat(f)}
            />
            {f === 'csv' ? ' CSV (spreadsheets)' : ' JSON (claims list)'}
          </label>
        ))}
      </fieldset>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={running !== null}
          onClick={() => run('filtered')}
        >
          Export filtered{filteredCount !== null ? ` (${claimsWords(filteredCount)})` : ''}
        </button>
        <button type="button" disabled={running !== null} onClick={() => run('everything')}>
          Export everything{totalCount !== null ? ` (${claimsWords(totalCount)})` : ''}
        </button>
      </div>
      {running ? (
        <div class="progress-block">
          <label for={`${id}-progress`}>
            Exported {NUMBER.format(running.done)}
            {running.expected !== null ? ` of ${NUMBER.format(running.expected)}` : ''} claims
          </label>
          <progress
            id={`${id}-progress`}
            max={running.expected ?? undefined}
            value={running.expected !== null ? Math.min(running.done, running.expected) : undefined}
          />
          <button type="button" onClick={() => controller.current?.abort()}>
            Cancel export
          </button>
        </div>
      ) : null}
      <p class="status" role="status">
        {done ? `Exported ${claimsWords(done.claims)} (${sizeWords(done.bytes)}). ` : null}
        {done ? (
          <a ref={link} href={done.href} download={done.name}>
            Save {done.name} again
          </a>
        ) : null}
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
