import { findAttribution } from './attribution';
import type { RoledDate } from './date-roles';
import type { DateHit } from './dates';
import type { Side } from './sides';
import type { Token } from './tokens';

/** Who said it, resolved: a canonical name where one is known, and that speaker's side. */
export interface Speaker {
  name: string;
  side: Side | null;
  /** "Russia said": only the country speaks; the metric decides the institution. */
  countryOnly: boolean;
}

/** Canonical institutions that report air-defence figures for a country that speaks as a whole. */
const WEAPON_REPORTERS: Readonly<Record<Side, string>> = {
  RU: 'Russian Defense Ministry',
  UA: 'Ukrainian Air Force',
};

/** The name to record for a figure: "Russia said 30 drones were downed" is the Defense Ministry. */
export function speakerName(speaker: Speaker, weapons: boolean): string {
  if (speaker.countryOnly && speaker.side && weapons) return WEAPON_REPORTERS[speaker.side];
  return speaker.name;
}

/** A date stated in a sentence stays in force for the rest of its paragraph. */
interface Carried {
  value: string | null;
  paragraph: number;
  sentence: number;
}

/**
 * What a report has established so far, sentence by sentence: the date of the events it describes
 * and who is speaking. The report's own date (its frame, see `report-frame.ts`) holds for every
 * sentence that names no date of its own; a date a sentence states holds for the rest of its
 * paragraph.
 */
export class ReportContext {
  private carried: Carried | null = null;
  private speaker: { value: Speaker; sentence: number } | null = null;
  private sentence = -1;
  private paragraph = 0;
  private dates: readonly RoledDate[] = [];
  private said: Speaker | null = null;
  private saidSpan: { start: number; end: number } | null = null;

  /**
   * @param frameDate - the day the report is about, or `null` when the text cannot tell.
   */
  constructor(private readonly frameDate: string | null) {}

  /** Moves to the next sentence and reads its speaker; `dates` are its dates with their roles. */
  next(
    text: string,
    tokens: readonly Token[],
    paragraph: number,
    dates: readonly RoledDate[],
  ): void {
    this.sentence++;
    this.paragraph = paragraph;
    this.dates = dates;
    const hit = findAttribution(text, tokens);
    let said: Speaker | null = hit
      ? { name: hit.name, side: hit.side, countryOnly: hit.countryOnly }
      : null;
    // "the air force said" after "Ukraine's air force reported": the same speaker.
    const prev = this.speaker?.value;
    if (said && !said.side && prev && prev.name.toLowerCase().endsWith(said.name.toLowerCase())) {
      said = prev;
    }
    this.said = said;
    this.saidSpan = hit ? { start: hit.start, end: hit.end } : null;
  }

  /** Where the current sentence names its speaker: a place there is the speaker's seat. */
  speakerSpan(): { start: number; end: number } | null {
    return this.saidSpan;
  }

  /** The speaker of the current sentence, or of the one right before it. */
  currentSpeaker(): Speaker | null {
    if (this.said) return this.said;
    const s = this.speaker;
    return s && s.sentence === this.sentence - 1 ? s.value : null;
  }

  /** The event date for a figure at `offset` in the current sentence's text. */
  dateAt(offset: number): string | null {
    let best: RoledDate | null = null;
    let vague = false;
    let overnight: RoledDate | null = null;
    let spoken: RoledDate | null = null;
    for (const d of this.dates) {
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
    // What someone said on Saturday happened by Saturday, whatever day the report is about.
    if (spoken?.date && (context === null || spoken.date < context)) return spoken.date;
    return context;
  }

  /** Records what the current sentence established, for the sentences after it. */
  commit(hadFigures: boolean): void {
    // A sentence that reports figures under the carried speaker continues that report, so the
    // speaker reaches on: "… the air force said. As of 08:30, 71 were downed. A further 19 …".
    if (hadFigures && !this.said && this.currentSpeaker()) this.speaker!.sentence = this.sentence;
    if (this.said) this.speaker = { value: this.said, sentence: this.sentence };
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
