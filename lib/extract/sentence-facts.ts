import type { Place } from '../claims/mention';
import { Cue } from './cues';
import type { RawFigure } from './figures';
import { placesIn, placesOfFigures, scenePlace, scenePlaces } from './places-for-figures';
import { findPlaces, type PlaceHit } from './places/find-places';
import type { ReadSentence } from './read-text';
import type { ReportSpeakers, Speaker } from './report-speakers';
import { jurisdictionOf, type SentenceFacts } from './resolve';

/**
 * What one sentence offers its figures: the places it names (less its speakers' seats), where
 * its attacks fell, who speaks for each figure and the place each local speaker answers for.
 */
export function sentenceFacts(
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
