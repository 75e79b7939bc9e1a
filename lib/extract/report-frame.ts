import { formatDay, parseDay } from './date-calendar';
import type { RoledDate } from './date-roles';

/**
 * How far before publication the report's own date may lie. An older date in the text is a
 * photo caption, an anniversary or an earlier attack ("the largest attack was July 9"), not the
 * night the report is about.
 */
const FRAME_WINDOW_DAYS = 31;

/** What a report is about as a whole, read from all of its sentences before any figure is resolved. */
export interface ReportFrame {
  /**
   * The day the report is about: the first event it dates ("overnight", "Friday's attack", "on
   * Nov. 9-10"), else the first day someone spoke on, else a dateline stamp, else publication.
   * Headline and lead take it even when the date is only stated further down.
   */
  date: string | null;
}

function inWindow(day: string | null, pub: number | null): day is string {
  if (day === null) return false;
  if (pub === null) return true;
  const d = parseDay(day);
  return d !== null && d <= pub && pub - d <= FRAME_WINDOW_DAYS;
}

/**
 * Reads the frame of a report from the dates of its sentences, in text order (an iterable, so
 * a long text's dates are looked at only as far as the first that frames it).
 *
 * @param published - publication day, `YYYY-MM-DD`, or `null`.
 */
export function reportFrame(
  sentenceDates: Iterable<readonly RoledDate[]>,
  published: string | null,
): ReportFrame {
  const pub = parseDay(published);
  const first = (role: RoledDate['role']): string | null => {
    for (const dates of sentenceDates) {
      // "overnight, the mayor said yesterday": the night before the day it was said.
      const spoken = dates.find((d) => d.role === 'speech' && d.date)?.date ?? null;
      for (const d of dates) {
        if (d.role !== role || d.kind === 'vague') continue;
        const day = d.kind === 'overnight' ? (spoken ?? d.date) : d.date;
        if (inWindow(day, pub)) return day;
      }
    }
    return null;
  };
  const date =
    first('event') ?? first('speech') ?? first('stamp') ?? (pub === null ? null : formatDay(pub));
  return { date };
}
