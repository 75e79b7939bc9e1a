/**
 * Days as the claims browser's date fields take them: the way the table writes them ("11 Mar
 * 2025", "11 March 2025"), or as `YYYY-MM-DD`. One way to read a date everywhere on the page,
 * instead of a date picker in the browser's locale next to a table in another format.
 *
 * @module
 */
import { MONTHS } from '../extract/vocabulary/dates';
import { isCalendarDate } from './url-state';

/** "11 Mar 2025", "11 March, 2025", "March 11, 2025". */
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

function iso(year: string, month: number | undefined, day: string): string | null {
  if (month === undefined) return null;
  const text = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
}

/** The `YYYY-MM-DD` day `text` names, or null when it names none (or one not on the calendar). */
export function parseDay(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isCalendarDate(t) ? t : null;
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) return iso(m[3]!, MONTHS[m[2]!.toLowerCase()], m[1]!);
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return iso(m[3]!, MONTHS[m[1]!.toLowerCase()], m[2]!);
  return null;
}
