/**
 * Imports a user's file of claims, streamed: a claims CSV, a claims JSON (claims-list/1 or a
 * bare array) or the Air Force's daily dataset. Good rows go to the background in batches, one
 * at a time, so memory stays flat however large the file; bad rows are reported by line.
 *
 * @module
 */
import { CLAIMS_LIST_FORMAT } from './claims-list';
import { CellError, readHeader, recordToCandidate, type HeaderMap } from './claim-csv';
import {
  BatchSender,
  type ImportCounts,
  type ImportOrigin,
  type RejectedRow,
  type SendBatch,
} from './batch-sender';
import { CsvParser, type CsvRecord } from './csv-parser';
import { toClaim } from './import-claim';
import { JsonClaimsSplitter } from '../claims/json-array-stream';
import { windowClaims } from './official-claims';
import { OfficialWindows, readOfficialHeader, type OfficialHeader } from './official-dataset';
import { TextEncodingError, TextSource } from './text-source';

export type { ImportCounts, ImportOrigin, RejectedRow };

/** What the user says the file is; `auto` tells by its content. */
export type ImportKind = 'auto' | 'claims' | 'official';
/** What the file turned out to be. */
export type ImportFormat = 'csv' | 'json' | 'official-csv';

/** The file: in a browser `{ stream: file.stream(), size: file.size }`. */
export interface ImportInput {
  stream: ReadableStream<Uint8Array>;
  /** Total bytes, for progress. */
  size: number;
}

export interface ImportOptions {
  /** Delivers one batch of ≤ MAX_IMPORT_BATCH claims (the `import-claims` message). */
  send: SendBatch;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** The current time as an ISO date-time, for claims that carry no timestamps. */
  now: () => string;
  /** Cancels the import; batches already sent stay stored. */
  signal?: AbortSignal;
  kind?: ImportKind;
}

/** What an import did. */
export interface ImportReport extends ImportCounts {
  format: ImportFormat;
  /** Data rows (CSV) or elements (JSON) read. */
  rows: number;
  /** Claims sent to the background (for the dataset: claims made from its windows). */
  claims: number;
  /** The first MAX_REJECTED_MESSAGES rejected rows. */
  rejected: RejectedRow[];
  rejectedCount: number;
}

/** A file that cannot be imported at all; nothing of it was sent. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** A header longer than this means the file is not a table. */
const MAX_HEADER_CHARS = 1 << 20;
/** Work goes on for at most this long before the page gets a turn. */
const SLICE_MS = 50;

const NOT_CLAIMS =
  'This file is not a claims file: expected a claims CSV or JSON export, or the Air Force ' +
  'dataset (missile_attacks_daily.csv).';

/**
 * Imports a file. Throws {@link ImportFileError} for a file that is neither CSV nor JSON, a CSV
 * whose header lacks required columns, or a JSON file with no claims; throws the signal's reason
 * when cancelled.
 */
export async function importClaimsFile(
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportReport> {
  const source = new TextSource(input.stream, input.size, options.onProgress, options.signal);
  const sender = new BatchSender(options.send, options.signal);
  try {
    const head = await firstText(source);
    const kind = options.kind ?? 'auto';
    let format: ImportFormat;
    let rows: number;
    if (head.trimStart().startsWith('{') || head.trimStart().startsWith('[')) {
      if (kind === 'official') {
        throw new ImportFileError('The Air Force dataset is a CSV file; this file is JSON.');
      }
      format = 'json';
      rows = await importJson(head, source, sender, options.now);
    } else {
      const csv = new CsvParser();
      const { header, records } = await readCsvHeader(head, source, csv);
      const official = kind === 'claims' ? null : readOfficialHeader(header.fields);
      if (official) {
        format = 'official-csv';
        rows = await importOfficial(official, records, source, csv, sender);
      } else {
        if (kind === 'official') {
          throw new ImportFileError(
            'This CSV is not the Air Force dataset: its header lacks time_start, time_end, model, launched or destroyed.',
          );
        }
        const map = readHeader(header.fields);
        if ('missing' in map) {
          throw new ImportFileError(
            `${NOT_CLAIMS} Its first line lacks the columns ${map.missing.join(', ')}.`,
          );
        }
        format = 'csv';
        rows = await importCsv(map, records, source, csv, sender, options.now);
      }
    }
    await sender.finish();
    options.onProgress?.(source.bytesRead, Math.max(input.size, source.bytesRead));
    return {
      format,
      rows,
      claims: sender.accepted,
      ...sender.counts,
      rejected: sender.rejected,
      rejectedCount: sender.rejectedCount,
    };
  } catch (e) {
    if (!(e instanceof TextEncodingError)) throw e;
    const { added, updated, unchanged } = sender.counts;
    const stored = added + updated + unchanged;
    throw new ImportFileError(
      stored > 0 ? `${e.message} The ${stored} claims before that point are stored.` : e.message,
    );
  } finally {
    await source.close();
  }
}

/** Text up to the first non-space character; rejects empty and binary files. */
async function firstText(source: TextSource): Promise<string> {
  let head = '';
  for (;;) {
    const piece = await source.next();
    if (piece === null) break;
    head += piece;
    if (head.includes('\u0000')) throw new ImportFileError(`${NOT_CLAIMS} It is not text.`);
    if (/\S/.test(head.replace(/^\uFEFF/, ''))) return head;
  }
  throw new ImportFileError('The file is empty.');
}

/** Reads until the CSV header is complete; returns it and any records read with it. */
async function readCsvHeader(
  head: string,
  source: TextSource,
  csv: CsvParser,
): Promise<{ header: CsvRecord; records: CsvRecord[] }> {
  let records = csv.push(head);
  let read = head.length;
  while (records.length === 0) {
    const piece = await source.next();
    if (piece === null) {
      records = csv.end();
      break;
    }
    read += piece.length;
    if (read > MAX_HEADER_CHARS)
      throw new ImportFileError(`${NOT_CLAIMS} Its first line is too long.`);
    records = csv.push(piece);
  }
  const [header, ...rest] = records;
  if (!header) throw new ImportFileError('The file is empty.');
  return { header, records: rest };
}

/** Lets the page take a turn when work has gone on for a while without one. */
function pacer(): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = Date.now();
  };
}

/** Every CSV record after the header: those already read, then the rest of the file. */
async function* csvRecords(
  first: CsvRecord[],
  source: TextSource,
  csv: CsvParser,
): AsyncGenerator<CsvRecord> {
  const pause = pacer();
  yield* first;
  for (;;) {
    const piece = await source.next();
    const records = piece === null ? csv.end() : csv.push(piece);
    yield* records;
    if (piece === null) return;
    await pause();
  }
}

async function importCsv(
  header: HeaderMap,
  first: CsvRecord[],
  source: TextSource,
  csv: CsvParser,
  sender: BatchSender,
  now: () => string,
): Promise<number> {
  let rows = 0;
  for await (const record of csvRecords(first, source, csv)) {
    rows++;
    if (record.error) {
      sender.reject(record.line, record.error);
      continue;
    }
    let candidate: Record<string, unknown>;
    try {
      candidate = recordToCandidate(header, record.fields);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      sender.reject(record.line, e.message);
      continue;
    }
    const result = toClaim(candidate, now());
    // Whatever origin the file gives: only the dataset importer below makes official records.
    if (result.ok) await sender.add(result.claim, 'imported');
    else sender.reject(record.line, result.message);
  }
  return rows;
}

async function importJson(
  head: string,
  source: TextSource,
  sender: BatchSender,
  now: () => string,
): Promise<number> {
  const splitter = new JsonClaimsSplitter();
  const pause = pacer();
  let rows = 0;
  for (let piece: string | null = head; ; piece = await source.next()) {
    const elements = piece === null ? splitter.end() : splitter.push(piece);
    if (splitter.format !== undefined && splitter.format !== CLAIMS_LIST_FORMAT) {
      throw new ImportFileError(
        `This JSON file's format is ${JSON.stringify(splitter.format)}, not "${CLAIMS_LIST_FORMAT}".`,
      );
    }
    for (const element of elements) {
      rows++;
      let value: unknown;
      try {
        value = JSON.parse(element.text);
      } catch (e) {
        sender.reject(element.line, `not valid JSON: ${(e as Error).message}`, element.index + 1);
        continue;
      }
      const result = toClaim(value, now());
      if (result.ok) await sender.add(result.claim, 'imported');
      else sender.reject(element.line, result.message, element.index + 1);
    }
    if (piece === null || splitter.error) break;
    await pause();
  }
  if (!splitter.sawClaims) {
    const why = splitter.error ? ` (line ${splitter.error.line}: ${splitter.error.message})` : '';
    throw new ImportFileError(`${NOT_CLAIMS} This JSON holds no "claims" array${why}.`);
  }
  if (splitter.error) sender.reject(splitter.error.line, splitter.error.message);
  return rows;
}

async function importOfficial(
  header: OfficialHeader,
  first: CsvRecord[],
  source: TextSource,
  csv: CsvParser,
  sender: BatchSender,
): Promise<number> {
  const windows = new OfficialWindows(header);
  let rows = 0;
  for await (const record of csvRecords(first, source, csv)) {
    rows++;
    const problem = record.error ?? windows.addRow(record.fields, record.line);
    if (problem) sender.reject(record.line, problem);
  }
  for (const w of windows.windows.values()) {
    const { claims, errors } = windowClaims(w);
    for (const message of errors) sender.reject(w.line, message);
    for (const claim of claims) await sender.add(claim, 'official');
  }
  return rows;
}
