import { findAttribution } from './attribution';
import { findDates, type DateHit } from './dates';
import type { Side } from './sides';
import type { Token } from './tokens';

/** A date hit, marked when written as a machine stamp. */
interface StatedDate extends DateHit {
  iso: boolean;
}

/** A date stays in force for the report this many sentences after it was last stated. */
const DATE_REACH = 3;

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

/**
 * What a report has established so far, sentence by sentence: the date of the events it describes
 * and who is speaking. Later sentences that say neither continue the same report.
 */
export class ReportContext {
  private date: { value: string | null; sentence: number } | null = null;
  private speaker: { value: Speaker; sentence: number } | null = null;
  private sentence = -1;
  private dates: StatedDate[] = [];
  private said: Speaker | null = null;
  private saidSpan: { start: number; end: number } | null = null;

  constructor(private readonly published: string | null) {}

  /** Moves to the next sentence and reads its own dates and speaker. */
  next(text: string, tokens?: readonly Token[]): void {
    this.sentence++;
    this.dates = findDates(text, this.published, tokens).map((d) => ({
      ...d,
      iso: /^\d{4}-\d{2}-\d{2}/.test(text.slice(d.start, d.end)),
    }));
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
    const carried = this.carriedDate();
    let best: StatedDate | null = null;
    let vague = false;
    let overnight: DateHit | null = null;
    for (const d of this.dates) {
      if (d.kind === 'vague') vague = true;
      else if (d.kind === 'overnight') overnight = d;
      else if (d.date && (!best || better(d, best, offset))) best = d;
    }
    if (best) return best.date;
    if (vague) return null;
    // "overnight" is the night of the report's own date when one was given, else of publication.
    if (overnight) return carried ?? overnight.date;
    return carried;
  }

  /** Records what the current sentence established, for the sentences after it. */
  commit(hadFigures: boolean): void {
    // A sentence that reports figures under the carried speaker and date continues that report,
    // so both reach on: "… the air force said. As of 08:30, 71 were downed. A further 19 …".
    if (hadFigures && !this.said && this.currentSpeaker()) this.speaker!.sentence = this.sentence;
    if (hadFigures && this.date && this.carriedDate() !== null) this.date.sentence = this.sentence;
    if (this.said) this.speaker = { value: this.said, sentence: this.sentence };
    if (this.dates.some((d) => d.kind === 'vague')) this.date = null;
    const stated = this.dates.find((d) => d.kind !== 'vague' && d.date);
    if (stated) this.date = { value: this.dateAt(stated.start), sentence: this.sentence };
  }

  private carriedDate(): string | null {
    const d = this.date;
    return d && this.sentence - d.sentence <= DATE_REACH ? d.value : null;
  }
}

/**
 * Prefers a date written in words ("Thursday, July 17") over a machine stamp ("2025-07-18"),
 * which in running text is a dateline or timestamp, then the date nearest the figure.
 */
function better(d: StatedDate, best: StatedDate, offset: number): boolean {
  if (d.iso !== best.iso) return !d.iso;
  return distance(d, offset) < distance(best, offset);
}

function distance(d: DateHit, offset: number): number {
  return d.start > offset ? d.start - offset : Math.max(0, offset - d.end);
}
