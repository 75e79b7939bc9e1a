import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ClaimsApi } from '../../lib/claims-browser/claims-api';
import {
  importClaimsFile,
  MAX_REJECTED_MESSAGES,
  type ImportKind,
  type ImportReport,
} from '../../lib/transfer/index';

export interface ImportPanelProps {
  importBatch: ClaimsApi['importBatch'];
  /** Called after an import stored anything (or was cancelled part-way), to reload the view. */
  onImported: () => void;
}

interface Progress {
  file: string;
  bytes: number;
  total: number;
  stored: number;
}

const NUMBER = new Intl.NumberFormat('en-GB');

const FORMAT_WORDS: Readonly<Record<ImportReport['format'], string>> = {
  csv: 'claims CSV',
  json: 'claims JSON',
  'official-csv': 'Air Force dataset',
};

/**
 * Imports a claims file (CSV or JSON) or the Air Force's official record: streams it through
 * lib/transfer, which sends good rows to the background in batches and yields between them, so
 * the page stays responsive. Shows progress, can be cancelled, and reports what happened.
 */
export function ImportPanel({ importBatch, onImported }: ImportPanelProps) {
  const id = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = async (input: HTMLInputElement, kind: ImportKind): Promise<void> => {
    const file = input.files?.[0];
    // The same file chosen twice in a row still fires `change`.
    input.value = '';
    if (!file || controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setReport(null);
    setError(null);
    let stored = 0;
    setProgress({ file: file.name, bytes: 0, total: file.size, stored: 0 });
    try {
      const result = await importClaimsFile(
        { stream: file.stream(), size: file.size },
        {
          kind,
          signal: abort.signal,
          now: () => new Date().toISOString(),
          onProgress: (bytes, total) => setProgress((p) => (p ? { ...p, bytes, total } : p)),
          send: async (batch, origin) => {
            const counts = await importBatch(batch, origin);
            stored += batch.length;
            setProgress((p) => (p ? { ...p, stored } : p));
            return counts;
          },
        },
      );
      setReport(result);
    } catch (e) {
      setError(
        abort.signal.aborted
          ? `Import cancelled. ${NUMBER.format(stored)} claims sent before cancelling are kept.`
          : `Import failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      controller.current = null;
      setProgress(null);
      if (stored > 0) onImported();
    }
  };

  const busy = progress !== null;
  const percent =
    progress && progress.total > 0 ? Math.floor((progress.bytes / progress.total) * 100) : 0;
  return (
    <div class="import-panel">
      <div class="field">
        <label for={`${id}-claims`}>Claims file (CSV or JSON, e.g. a Figure Check export)</label>
        <input
          id={`${id}-claims`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          disabled={busy}
          onChange={(e) => start(e.currentTarget, 'auto')}
        />
      </div>
      <div class="field">
        <label for={`${id}-official`}>
          Official Air Force record (Massive Missile Attacks on Ukraine CSV)
        </label>
        <input
          id={`${id}-official`}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) => start(e.currentTarget, 'official')}
        />
      </div>
      {progress ? (
        <div class="progress-block">
          <label for={`${id}-progress`}>
            Importing {progress.file}: {percent}% · {NUMBER.format(progress.stored)} claims stored
            so far
          </label>
          <progress id={`${id}-progress`} max={100} value={percent} />
          <button type="button" onClick={() => controller.current?.abort()}>
            Cancel import
          </button>
        </div>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status">{report ? <ImportSummary report={report} /> : null}</div>
      {report && report.rejected.length > 0 ? <RejectedList report={report} /> : null}
    </div>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  return (
    <p class="import-summary">
      Read {NUMBER.format(report.rows)} rows ({FORMAT_WORDS[report.format]}):{' '}
      <strong>{NUMBER.format(report.added)}</strong> added,{' '}
      <strong>{NUMBER.format(report.updated)}</strong> updated,{' '}
      <strong>{NUMBER.format(report.unchanged)}</strong> unchanged,{' '}
      <strong>{NUMBER.format(report.rejectedCount)}</strong> rejected.
    </p>
  );
}

function RejectedList({ report }: { report: ImportReport }) {
  const shown = report.rejected.slice(0, MAX_REJECTED_MESSAGES);
  const label =
    report.rejectedCount > shown.length
      ? `Rejected rows (the first ${NUMBER.format(shown.length)} of ${NUMBER.format(report.rejectedCount)})`
      : 'Rejected rows';
  return (
    <div class="rejected-box" tabIndex={0} role="region" aria-label={label}>
      <p class="rejected-title">{label}</p>
      <ul class="rejected-list">
        {shown.map((r, i) => (
          <li key={i}>
            line {r.line}
            {r.element === undefined ? '' : `, claim ${r.element}`}: {r.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
