import type { RoledDate } from './date-roles';
import type { DateHit } from './dates';

/** A date stated in a sentence stays in force for the rest of its paragraph. */
interface Carried {
  value: string | null;
  paragraph: number;
  sentence: number;
}

/**
 * The dates of a report, sentence by sentence. The report's own date (its frame, see
 * `report-frame.ts`) holds for every sentence that names no date of its own; a date a sentence
 * states holds for the rest of its paragraph.
 */
export class ReportDates {
  private carried: Carried | null = null;
  private sentence = -1;
  private paragraph = 0;
  private dates: readonly RoledDate[] = [];

  /**
   * @param frameDate - the day the report is about, or `null` when the text cannot tell.
   */
  constructor(private readonly frameDate: string | null) {}

  /**
   * Takes up the report after a paragraph read earlier, ending at sentence `sentence`: a date
   * carries only within its paragraph, so nothing else crosses.
   */
  restore(sentence: number, paragraph: number): void {
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.carried = null;
    this.dates = [];
  }

  /** Moves to the next sentence; `dates` are its dates with their roles. */
  next(paragraph: number, dates: readonly RoledDate[]): void {
    this.sentence++;
    this.paragraph = paragraph;
    this.dates = dates;
  }

  /** The event date for a figure at `offset` in the current sentence's text. */
  dateAt(offset: number): string | null {
    let best: RoledDate | null = null;
    let vague = false;
    let overnight: RoledDate | null = null;
    let spoken: RoledDate | null = null;
    let counted: RoledDate | null = null;
    for (const d of this.dates) {
      if (d.role === 'count' && d.date && !counted) counted = d;
      // "said last week that …": whatever it said happened before an unknown day.
      if (d.kind === 'vague' && (d.role === 'event' || d.role === 'speech')) vague = true;
      if (d.role === 'speech' && d.date && !spoken) spoken = d;
      if (d.role !== 'event') continue;
      if (d.kind === 'vague') continue;
      else if (d.kind === 'overnight') overnight = d;
      else if (d.date && (!best || distance(d, offset) < distance(best, offset))) best = d;
    }
    if (best) return best.date;
    // "overnight" is the night before the day the report speaks of: the day it was said, the
    // report's own date, or publication.
    if (overnight) return spoken?.date ?? this.context() ?? overnight.date;
    if (vague) return null;
    const context = this.context();
    // What someone said on Saturday happened by Saturday, whatever day the report is about; a
    // toll counted on Thursday ("rose to 31 on Thursday") was of an attack by Thursday.
    if (spoken?.date && (context === null || spoken.date < context)) return spoken.date;
    if (counted?.date && (context === null || counted.date < context)) return counted.date;
    return context;
  }

  /** Records what the current sentence established, for the sentences after it. */
  commit(): void {
    // Most sentences have no date: nothing to look through.
    if (this.dates.length === 0) return;
    const events = this.dates.filter((d) => d.role === 'event');
    const stated = events.find((d) => d.kind !== 'vague' && d.date);
    if (stated) {
      this.carried = {
        value: this.dateAt(stated.start),
        paragraph: this.paragraph,
        sentence: this.sentence,
      };
    } else if (events.some((d) => d.kind === 'vague')) {
      this.carried = { value: null, paragraph: this.paragraph, sentence: this.sentence };
    }
  }

  /** The date in force where a sentence names none: its paragraph's, else the report's. */
  private context(): string | null {
    const c = this.carried;
    if (c && c.paragraph === this.paragraph) {
      // A period with no one day ("last week") speaks for the sentence right after it only.
      if (c.value !== null || c.sentence === this.sentence - 1) return c.value;
    }
    return this.frameDate;
  }
}

function distance(d: DateHit, offset: number): number {
  return d.start > offset ? d.start - offset : Math.max(0, offset - d.end);
}
