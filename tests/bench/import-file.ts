/**
 * Import of a generated ~50 MB claims CSV: time and peak heap. The file is generated while it
 * is read, so the heap measured is the importer's own, not the file's; the fake background
 * keeps only counts. Run alone with `npx tsx tests/bench/import-file.ts`.
 *
 * @module
 */
import { claimFromMention } from '../../lib/claims/claim-id';
import { CLAIM_COLUMNS } from '../../lib/transfer/claim-columns';
import { claimCells } from '../../lib/transfer/claim-csv';
import { csvLine } from '../../lib/transfer/csv';
import { importClaimsFile } from '../../lib/transfer/import-file';

const NOW = '2025-07-20T09:20:11Z';
/** Bytes handed out per stream chunk, about what browsers give for File.stream(). */
const CHUNK = 64 * 1024;

/** One row of the generated file: every row a different claim, with quotes and line breaks. */
function row(i: number): string {
  const n = i % 5000;
  const mention = {
    text: `at least ${n}`,
    quote: `Row ${i}: the ministry said "at least ${n}" drones were shot down,\nover the region overnight; =not a formula.`,
    metric: 'drones.downed',
    value: { n, min: n, max: null, qualifier: 'at-least' as const },
    attacker: 'UA' as const,
    group: null,
    place: { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' as const },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
  };
  const source = {
    url: `https://news.example/story/${i % 997}`,
    outlet: 'Example News',
    title: `Story ${i % 997}`,
    publishedAt: '2025-07-20T09:14:00Z',
  };
  return csvLine(claimCells(claimFromMention(mention, source, 'browsed', NOW)));
}

/** A CSV of about `bytes` bytes of distinct claims, made as it is read. */
export function generatedCsv(bytes: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let made = 0;
  let i = 0;
  let pending = csvLine(CLAIM_COLUMNS.map((c) => c.name));
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (made >= bytes) {
        controller.close();
        return;
      }
      while (pending.length < CHUNK) pending += row(i++);
      const chunk = encoder.encode(pending);
      pending = '';
      made += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

/** Imports a generated ~50 MB CSV; returns its size, the time taken and the peak heap. */
export async function benchImport(
  bytes = 50 * 1024 * 1024,
): Promise<{ mb: number; seconds: number; peakHeapMb: number; rows: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  let read = 0;
  const started = performance.now();
  const report = await importClaimsFile(
    { stream: generatedCsv(bytes), size: bytes },
    {
      send: async (batch) => {
        sample();
        return { added: batch.length, updated: 0, unchanged: 0 };
      },
      onProgress: (done) => {
        read = done;
        sample();
      },
      now: () => NOW,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (report.rejectedCount > 0) throw new Error(`rejected rows: ${report.rejected[0]?.message}`);
  return {
    mb: Math.round((read / 1e6) * 10) / 10,
    seconds: Math.round(seconds * 100) / 100,
    peakHeapMb: Math.round((peak / 1e6) * 10) / 10,
    rows: report.rows,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchImport().then(
    (result) => console.log(JSON.stringify({ importFile: result })),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
