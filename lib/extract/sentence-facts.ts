import type { Place } from '../claims/mention';
import { Cue } from './cues';
import type { RawFigure } from './figures';
import {
  onlyPlaceModifiers,
  otherPlacesOfEach,
  placesIn,
  placesOfFigures,
  scenePlace,
  scenePlaces,
} from './places-for-figures';
import { findPlaces, type PlaceHit } from './places/find-places';
import type { ReadSentence } from './read-text';
import type { ReportSpeakers, Speaker } from './report-speakers';
import { jurisdictionOf, type SentenceFacts } from './resolve';
import { warTotal } from './war-total';

/**
 * What one sentence offers its figures: the places it names (less its speakers' seats), where
 * its attacks fell, who speaks for each figure, the place each local speaker answers for, and
 * which figures are tolls of the whole war.
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
  const words = spans.length === 0 ? NONE : spans.map((span) => speakerWords(sentence, span));
  const seats =
    spans.length === 0
      ? NONE
      : spans.map((span, k) => ({ start: span.start, end: span.start + words[k]!.length }));
  const hits = s.cues & Cue.Place ? placesIn(sentence, s.body, sentence.length, tokens, seats) : [];
  const scenes = hits.length === 0 ? NONE : scenePlaces(tokens, hits);
  // Most sentences have no figure: they offer only their places and scenes.
  if (figures.length === 0) {
    return {
      tokens,
      figures,
      hits,
      written: NONE,
      eachAlso: NONE,
      scenes,
      speakers: NONE,
      jurisdictions: NONE,
      wholeWar: NONE,
      quietScene: null,
    };
  }
  const written = placesOfFigures(sentence, tokens, hits, figures);
  const eachAlso = otherPlacesOfEach(sentence, tokens, hits, figures, written);
  const speakersOf: (Speaker | null)[] = [];
  const jurisdictions: (Place | null)[] = [];
  // Figures under one speaker share its jurisdiction: read it once.
  const seen = new Map<Speaker | null, Place | null>();
  figures.forEach((f, i) => {
    const offset = tokens[f.first]!.start;
    const speaker = speakers.speakerAt(offset);
    const span = speakers.speakerSpan(offset);
    let place = seen.get(speaker);
    if (place === undefined) {
      const k = span ? spans.findIndex((x) => x.start === span.start) : -1;
      place = jurisdictionOf(speaker, words[k] ?? '');
      seen.set(speaker, place);
    }
    // "…, governor Serhiy Lysak said. A Russian strike on Sumy killed four": a local speaker of
    // the sentence before (no span in this one) does not speak for a place outside their own.
    if (span === null && place && outside(written[i]?.place, place)) {
      speakersOf.push(null);
      jurisdictions.push(null);
      return;
    }
    speakersOf.push(speaker);
    jurisdictions.push(place);
  });
  return {
    tokens,
    figures,
    hits,
    written,
    eachAlso,
    scenes,
    speakers: speakersOf,
    jurisdictions,
    wholeWar: figures.map((f) => warTotal(tokens, f)),
    quietScene: quiet ? scenePlace(quiet) : null,
  };
}

/**
 * Is `place` named and not within `jurisdiction`? A region and its cities share a code; a
 * country's regions start with its code.
 */
function outside(place: Place | null | undefined, jurisdiction: Place): boolean {
  if (!place?.code || !jurisdiction.code) return false;
  return place.code !== jurisdiction.code && !place.code.startsWith(`${jurisdiction.code}-`);
}

/** Empty lists, shared by the many sentences with nothing to put in them; never written to. */
const NONE: readonly never[] = [];

/**
 * The words that name a speaker, with a place they are "in" or "of": "the authorities in Russia's
 * Moscow region", "the Defense Ministry in Moscow". Places there are the speaker's seat.
 */
function speakerWords(sentence: string, span: { start: number; end: number }): string {
  const rest = sentence.slice(span.end);
  const m = /^\s+(?:in|of)\s+/.exec(rest);
  if (!m) return sentence.slice(span.start, span.end);
  const near = findPlaces(rest.slice(0, m[0].length + 40));
  // "the authorities in Russia's Kaluga Oblast": the seat is the region the country's "'s" opens.
  const possessive = near[0]?.place?.level === 'country' && /^['’]s/.test(rest.slice(near[0].end));
  const seat = possessive && near[1] ? near[1] : near[0];
  const gap = seat ? rest.slice(m[0].length, seat.start) : '';
  const joined = seat && seatGap(gap);
  return sentence.slice(span.start, joined ? span.end + seat.end : span.end);
}

/**
 * May these words stand between "in"/"of" and a speaker's seat: "the", "Russia's", and words that
 * place it ("Ukraine's southern Kherson region")?
 */
function seatGap(gap: string): boolean {
  const m = /^(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?(.*)$/s.exec(gap)!;
  return onlyPlaceModifiers(m[1]!);
}
