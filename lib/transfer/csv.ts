/**
 * Writing CSV cells (RFC 4180) safely for spreadsheets, and undoing the safety on the way back.
 *
 * @module
 */

/**
 * A cell a spreadsheet would run as a formula starts with one of `= + - @`, a tab or a carriage
 * return (OWASP "CSV injection"), and spreadsheets also run one whose formula sign comes after
 * spaces (a plain, no-break or ideographic space, which some trim) or is the full-width form
 * (`＝ ＋ － ＠`, which some read as the ASCII one). Such a cell is written with a leading
 * apostrophe. A cell that already starts with apostrophes before such a text gets one more, so
 * that reading strips exactly one and every text comes back as it was.
 */
const FORMULA_LIKE = /^'*[\s\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** The cell text with the formula guard applied. */
export function guardFormula(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** Undoes {@link guardFormula}: strips one apostrophe from a guarded cell, nothing else. */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_LIKE.test(text) ? text.slice(1) : text;
}

/**
 * One CSV cell. `null` is an empty cell; an empty string is `""`, so the two survive a round
 * trip. Cells holding a comma, quote, CR or LF are quoted, with quotes doubled.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  if (value === '') return '""';
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, ended by CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly (string | null)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
