import type { LocatedMention, Place } from '../claims/mention';
import { findFigures, type RawFigure } from './figures';
import { placesIn, placesOfFigures, scenePlace, scenePlaces } from './places-for-figures';
import { roleDates, type RoledDate } from './date-roles';
import { Cue, cuesOf } from './cues';
import { datelineLength } from './dateline';
import { findDates } from './dates';
import { ReportDates } from './report-dates';
import { ReportSpeakers, type Speaker } from './report-speakers';
import { reportFrame } from './report-frame';
import { splitSentences, type Sentence } from './sentences';
import { findPlaces, type PlaceHit } from './places/find-places';
import { jurisdictionOf, ReportPlaces, type SentenceFacts } from './resolve';
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

/**
 * Finds every figure (CLAIMS.md section 1) in `text` and returns it as a Mention with the offsets
 * of its words in `text`. Pure: no DOM, no browser API; linear in `text.length`. A throw here is
 * a bug, and reaches the caller: tests see it, and the page boundary keeps it from the page.
 */
export function extractMentions(text: string, options: ExtractOptions = {}): LocatedMention[] {
  return extract(typeof text === 'string' ? text : '', validDay(options.published));
}

/** "Several airports closed. Twelve more were destroyed …": sentences a figure's noun reaches. */
const ANTECEDENT_REACH = 2;

/** A line of page furniture is this short at most: "RELATED:", a teaser's headline. */
const FURNITURE_TOKENS = 12;

/** A short line alone in its paragraph, with no full stop: a link, a label, a teaser. */
function furniture(s: ReadSentence, sizes: ReadonlyMap<number, number>): boolean {
  if (s.tokens.length > FURNITURE_TOKENS) return false;
  const end = s.tokens.at(-1)?.norm ?? '';
  if (end === '.' || end === '!' || end === '?') return false;
  return sizes.get(s.paragraph) === 1;
}

/** One sentence read once: its text, tokens and dates, shared by every later step. */
interface ReadSentence extends Sentence {
  text: string;
  tokens: Token[];
  /** What kinds of words it holds (see `Cue`): readers that cannot find anything skip it. */
  cues: number;
  dates: RoledDate[];
  /** Offset in `text` where the sentence proper starts, after any dateline ("KYIV (AP) —"). */
  body: number;
}

function readSentences(text: string, published: string | null): ReadSentence[] {
  return splitSentences(text).map((s) => {
    const sentence = text.slice(s.start, s.end);
    // Offsets are relative to the sentence.
    const tokens = tokenize(sentence);
    const cues = cuesOf(tokens);
    const dates =
      cues & Cue.Date ? roleDates(sentence, tokens, findDates(sentence, published, tokens)) : [];
    // A dateline's date may date the report, but its city is nobody's place or side.
    const dateline = datelineLength(tokens);
    for (let k = 0; k < dateline; k++) tokens[k] = { ...tokens[k]!, kind: 'punct', norm: '\u00b7' };
    const body = dateline > 0 ? (tokens[dateline]?.start ?? sentence.length) : 0;
    return { ...s, text: sentence, tokens, cues, dates, body };
  });
}

/**
 * What one sentence offers its figures: the places it names (less its speakers' seats), where
 * its attacks fell, who speaks for each figure and the place each local speaker answers for.
 */
function sentenceFacts(
  s: ReadSentence,
  figures: readonly RawFigure[],
  speakers: ReportSpeakers,
  quiet: readonly PlaceHit[] | null,
): SentenceFacts & { hits: PlaceHit[] } {
  const { text: sentence, tokens } = s;
  // The words naming each speaker, read once per speaker of the sentence.
  const spans = speakers.spans();
  const words = spans.map((span) => speakerWords(sentence, span));
  const wordsAt = (start: number): string => words[spans.findIndex((x) => x.start === start)] ?? '';
  const seats = spans.map((span, k) => ({ start: span.start, end: span.start + words[k]!.length }));
  const hits = s.cues & Cue.Place ? placesIn(sentence, s.body, sentence.length, tokens, seats) : [];
  const facts = {
    tokens,
    figures,
    hits,
    written: [] as (PlaceHit | null)[],
    scenes: scenePlaces(tokens, hits),
    speakers: [] as (Speaker | null)[],
    jurisdictions: [] as (Place | null)[],
    quietScene: quiet ? scenePlace(quiet) : null,
  };
  if (figures.length === 0) return facts;
  facts.written = placesOfFigures(sentence, tokens, hits, figures);
  // Figures under one speaker share its jurisdiction: read it once.
  const seen = new Map<Speaker | null, Place | null>();
  for (const f of figures) {
    const offset = tokens[f.first]!.start;
    const speaker = speakers.speakerAt(offset);
    let place = seen.get(speaker);
    if (place === undefined) {
      const span = speakers.speakerSpan(offset);
      place = jurisdictionOf(speaker, span ? wordsAt(span.start) : '');
      seen.set(speaker, place);
    }
    facts.speakers.push(speaker);
    facts.jurisdictions.push(place);
  }
  return facts;
}

function extract(text: string, published: string | null): LocatedMention[] {
  const out: LocatedMention[] = [];
  const sentences = readSentences(text, published);
  const paragraphSizes = new Map<number, number>();
  for (const s of sentences)
    paragraphSizes.set(s.paragraph, (paragraphSizes.get(s.paragraph) ?? 0) + 1);
  const frame = reportFrame(
    sentences.map((s) => s.dates),
    published,
  );
  const dates = new ReportDates(frame.date);
  const speakers = new ReportSpeakers();
  const places = new ReportPlaces();
  // The last figure, for "Of those, 12 …": reachable from its paragraph's next few sentences.
  let previous: { figure: RawFigure; sentence: number; paragraph: number } | null = null;
  let index = -1;
  // The places of the sentence before, when it had no figures: it may set the scene for this one.
  let quiet: PlaceHit[] | null = null;
  for (const s of sentences) {
    const { text: sentence, tokens } = s;
    dates.next(s.paragraph, s.dates);
    speakers.next(sentence, tokens, (s.cues & Cue.Speech) !== 0);
    index++;
    const reachable: RawFigure | null =
      previous &&
      previous.paragraph === s.paragraph &&
      index - previous.sentence <= ANTECEDENT_REACH
        ? previous.figure
        : null;
    const figures: RawFigure[] = s.cues & Cue.Number ? findFigures(tokens, reachable) : [];
    // "RELATED: / Russia Liberates 3 Settlements in Kursk Region": a line of page furniture
    // between paragraphs does not end the report's thread.
    if (previous && figures.length === 0 && furniture(s, paragraphSizes)) {
      previous.paragraph = s.paragraph + 1;
      previous.sentence = index;
    }
    const facts = sentenceFacts(s, figures, speakers, quiet);
    const resolved = places.resolve(facts);
    figures.forEach((f, i) => {
      const { attacker, place } = resolved[i]!;
      if (places.breaksDown(f, resolved[i]!)) return;
      const first = tokens[f.first]!;
      const last = tokens[f.last]!;
      const phraseLast = tokens[f.phraseLast]!;
      const weapons = f.cls !== 'people';
      const date = dates.dateAt(first.start);
      out.push({
        text: sentence.slice(first.start, last.end),
        quote: sentence,
        metric: metricOf(f),
        value: f.value,
        attacker,
        group: f.cls === 'people' ? f.group : null,
        place,
        date,
        attributedTo: speakers.attribute(
          first.start,
          weapons,
          attacker,
          facts.jurisdictions[i] !== null,
          date,
          place,
        ),
        start: s.start + first.start,
        end: s.start + last.end,
        phraseEnd: s.start + phraseLast.end,
      });
    });
    places.commit(facts, resolved);
    // "Of these, 249 were shot down": "these" are the whole, not the parts listed after it.
    const last = figures.findLast((f) => !f.part) ?? figures.at(-1);
    if (last) previous = { figure: last, sentence: index, paragraph: s.paragraph };
    quiet = figures.length === 0 ? facts.hits : null;
    dates.commit();
    speakers.commit(figures.length > 0);
  }
  return out;
}

/**
 * The words that name a speaker, with a place they are "in" or "of": "the authorities in Russia's
 * Moscow region", "the Defense Ministry in Moscow". Places there are the speaker's seat.
 */
function speakerWords(sentence: string, span: { start: number; end: number }): string {
  const rest = sentence.slice(span.end);
  const m = /^\s+(?:in|of)\s+/.exec(rest);
  if (!m) return sentence.slice(span.start, span.end);
  const seat = findPlaces(rest.slice(0, m[0].length + 40))[0];
  const gap = seat ? rest.slice(m[0].length, seat.start) : '';
  const joined = seat && /^(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?$/.test(gap);
  return sentence.slice(span.start, joined ? span.end + seat.end : span.end);
}
