import type { LocatedMention, Place } from '../claims/mention';
import { attackerOf } from './attacker';
import { findFigures, type RawFigure } from './figures';
import {
  capitalOf,
  defaultPlace,
  placesIn,
  placesOfFigures,
  scenePlace,
} from './places-for-figures';
import { roleDates, type RoledDate } from './date-roles';
import { findDates } from './dates';
import { ReportContext, speakerName } from './report-context';
import { reportFrame } from './report-frame';
import { splitSentences, type Sentence } from './sentences';
import { opposite, sideOfCode, type Side } from './sides';
import { tokenize, type Token } from './tokens';

/** Context the text itself cannot give. */
export interface ExtractOptions {
  /** Publication date of the text, `YYYY-MM-DD`, used to resolve "overnight", "on Sunday". */
  published?: string | null;
}

function validDay(day: string | null | undefined): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? null : day;
}

function metricOf(f: RawFigure): string {
  return f.cls === 'people' ? `people.${f.action}` : `${f.cls}.${f.action}`;
}

interface Resolved {
  attacker: Side | null;
  place: Place | null;
}

/**
 * Finds every figure (CLAIMS.md section 1) in `text` and returns it as a Mention with the offsets
 * of its words in `text`. Pure: no DOM, no browser API. Never throws; linear in `text.length`.
 */
export function extractMentions(text: string, options: ExtractOptions = {}): LocatedMention[] {
  try {
    return extract(typeof text === 'string' ? text : '', validDay(options.published));
  } catch {
    // A bug on some unforeseen input must cost that page its badges, never the page itself.
    return [];
  }
}

/** One sentence read once: its text, tokens and dates, shared by every later step. */
interface ReadSentence extends Sentence {
  text: string;
  tokens: Token[];
  dates: RoledDate[];
}

function readSentences(text: string, published: string | null): ReadSentence[] {
  return splitSentences(text).map((s) => {
    const sentence = text.slice(s.start, s.end);
    // Offsets are relative to the sentence.
    const tokens = tokenize(sentence);
    const dates = roleDates(sentence, tokens, findDates(sentence, published, tokens));
    return { ...s, text: sentence, tokens, dates };
  });
}

function extract(text: string, published: string | null): LocatedMention[] {
  const out: LocatedMention[] = [];
  const sentences = readSentences(text, published);
  const frame = reportFrame(
    sentences.map((s) => s.dates),
    published,
  );
  const report = new ReportContext(frame.date);
  const resolved = new Map<RawFigure, Resolved>();
  let previous: RawFigure | null = null;
  // The sentence before, when it had no figures: it may set the scene for this one.
  let quiet: { sentence: string; tokens: Token[] } | null = null;
  for (const s of sentences) {
    const { text: sentence, tokens } = s;
    report.next(sentence, tokens, s.paragraph, s.dates);
    const figures = findFigures(tokens, previous);
    if (figures.length > 0) {
      const hits = placesIn(sentence, 0, sentence.length, tokens, report.speakerSpan());
      const speaker = report.currentSpeaker();
      const written = placesOfFigures(sentence, tokens, hits, figures);
      const scene = quiet
        ? scenePlace(placesIn(quiet.sentence, 0, quiet.sentence.length, quiet.tokens))
        : null;
      figures.forEach((f, i) => {
        const hit = written[i] ?? null;
        const ante = f.antecedent ? resolved.get(f.antecedent) : undefined;
        const placeSide = sideOfCode(hit?.place?.code);
        const attacker = attackerOf(tokens, f, {
          placeSide,
          reporterSide: speaker?.side ?? null,
          antecedent: ante?.attacker ?? null,
        });
        const defender = attacker ? opposite(attacker) : (speaker?.side ?? null);
        let place: Place | null = hit ? (hit.place ?? capitalOf(defender)) : null;
        place = place ?? ante?.place ?? scene ?? defaultPlace(attacker);
        resolved.set(f, { attacker, place });
        const first = tokens[f.first]!;
        const last = tokens[f.last]!;
        const phraseLast = tokens[f.phraseLast]!;
        out.push({
          text: sentence.slice(first.start, last.end),
          quote: sentence,
          metric: metricOf(f),
          value: f.value,
          attacker,
          group: f.cls === 'people' ? f.group : null,
          place,
          date: report.dateAt(first.start),
          attributedTo: speaker ? speakerName(speaker, f.cls !== 'people') : null,
          start: s.start + first.start,
          end: s.start + last.end,
          phraseEnd: s.start + phraseLast.end,
        });
      });
    }
    // "Of those, 12 …" continues only the sentence right before it.
    previous = figures.at(-1) ?? null;
    quiet = figures.length === 0 ? { sentence, tokens } : null;
    report.commit(figures.length > 0);
  }
  return out;
}
