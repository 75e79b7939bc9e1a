import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A plain RFC 4180 reader for checking downloaded files, written apart from the product's
 * parser so that a file the extension writes is read by something that did not write it.
 * Quoted cells may hold commas, doubled quotes and line breaks; records end with CRLF or LF.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw new Error('the file ends inside a quoted cell');
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

/** The rows of a CSV as objects keyed by the header's names. */
export function csvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  for (const [n, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`row ${n + 1} has ${row.length} cells, the header ${header.length}`);
  }
  return {
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']))),
  };
}

/** One CSV record, every cell quoted (quotes doubled), without its line end. */
export function csvRecord(cells: readonly string[]): string {
  return cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');
}

const DOCS = fileURLToPath(new URL('../../../docs/export-import.md', import.meta.url));

/**
 * The column names documented in docs/export-import.md: the first column of the markdown table
 * that follows the line `after` (e.g. "### CSV columns", "A page export adds:").
 */
export function documentedColumns(after: string): string[] {
  const lines = readFileSync(DOCS, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === after);
  if (start < 0) throw new Error(`docs/export-import.md has no line "${after}"`);
  const names: string[] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const name = /^\|\s*`([a-z_]+)`\s*\|/.exec(line)?.[1];
    if (name) names.push(name);
  }
  if (names.length === 0) throw new Error(`no column table after "${after}"`);
  return names;
}
