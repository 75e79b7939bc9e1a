import type { Place } from '../claims/mention';
import type { RawFigure } from './figures';
import { findPlaces, placeByCode, type PlaceHit } from './places/find-places';
import { SURROUNDING_REGIONS } from './vocabulary/places/phrases';
import { opposite, sideOfCode, type Side } from './sides';
import { SPACE_RUN, type Token } from './tokens';
import { phraseAt } from './phrases';
import { listPlaceAt } from './elliptical';
import {
  AUXILIARIES,
  CLAUSE_BREAKERS,
  RELATIVE_PRONOUNS,
  QUOTES,
  SPEECH_VERBS,
  VERB_FILLERS,
} from './vocabulary/function-words';
import { ATTACK_NOUNS } from './vocabulary/attack-words';
import {
  LOCATIVES,
  TARGET_WORDS,
  AROUND,
  DIRECTIONS,
  PLACE_MODIFIERS,
  PART_OF_PLACE,
  BORDER_WORDS,
  CAUSE_CONJUNCTIONS,
  CATENATIVES,
  SAME_SUBJECT,
  SETTLEMENT_NOUNS,
} from './vocabulary/place-words';

/** Place hits of a sentence, with absolute offsets, less those that name an actor, not a place. */
export function placesIn(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  seats: readonly { start: number; end: number }[] = [],
): PlaceHit[] {
  const found = findPlaces(text.slice(start, end), tokens, start);
  if (found.length === 0) return [];
  const out: PlaceHit[] = [];
  for (let i = 0; i < found.length; i++) {
    const h = found[i]!;
    // Written out, not spread: `findPlaces` gives these four fields.
    const hit: PlaceHit = {
      start: h.start + start,
      end: h.end + start,
      place: h.place,
      kind: h.kind,
    };
    // "The Defense Ministry in Moscow said": the speaker's seat, not where the figure happened.
    if (seats.some((seat) => hit.start >= seat.start && hit.end <= seat.end)) continue;
    const at = tokenFrom(tokens, hit.start);
    const firstTok = tokens[at]?.start === hit.start ? at : undefined;
    const before = firstTok === undefined ? '' : (tokens[firstTok - 1]?.norm ?? '');
    const following = tokenFrom(tokens, hit.end);
    const lastTok = following < tokens.length ? following : -1;
    const after = lastTok < 0 ? '' : tokens[lastTok]!.norm;
    // "the city's mayor", "the country's air force": the one whose people speak, not a place.
    const possessive = possessiveAt(text, hit.end);
    if (hit.kind !== 'name' && possessive) continue;
    // "Russia struck the Black Sea city on Monday": a city the sea only describes is left to the
    // report's scene; it is neither the sea nor a capital away from it.
    if (hit.place?.level === 'sea' && SEA_SETTLEMENT.test(text.slice(hit.end, hit.end + 24)))
      continue;
    // "the city centre of Sumy": the city named after it.
    if (
      hit.kind === 'city' &&
      found[i + 1] &&
      /^\s+(?:of|in)\s+$/.test(text.slice(hit.end, found[i + 1]!.start + start))
    )
      continue;
    // "Donetsk …, the city": the city named before it, else the report's (see `resolve`).
    if (hit.kind === 'city') {
      const named = namedBefore(out, 'city');
      if (named) {
        hit.place = named.place;
        hit.kind = 'name';
      }
    }
    // "Russia's Defense Ministry", "Moscow said", "Kyiv launched": actors, not places; "the
    // Ukraine border regions of Belgorod and Kursk": what borders the country.
    if (hit.place?.level === 'country') {
      if (possessive || /['’]s$/.test(text.slice(hit.start, hit.end))) continue;
      if (BORDER_WORDS.has(after)) continue;
    }
    const actor = firstTok === undefined || !governed(tokens, firstTok);
    const gov =
      tokens[(firstTok ?? 0) - 1]?.norm === 'the' ? (firstTok ?? 0) - 2 : (firstTok ?? 0) - 1;
    if (firstTok !== undefined && AROUND.has(tokens[gov]?.norm ?? '')) hit.around = true;
    if (hit.kind === 'region') {
      // "the region": the last region this sentence named, else none.
      const named = namedBefore(out, 'region');
      if (!named) continue;
      hit.place = named.place;
      hit.kind = 'name';
    }
    // "Kharkiv strike death toll": a place before a noun of attack names where it fell. "Russia
    // continued to pound Ukraine": the verb after "to" is the place's action.
    const verbAt =
      CATENATIVES.has(after) && tokens[lastTok + 1]?.norm === 'to' ? lastTok + 2 : lastTok;
    const acts =
      lastTok >= 0 &&
      !ATTACK_NOUNS.has(tokens[verbAt]?.norm ?? '') &&
      phraseAt(tokens, verbAt) !== null;
    if (SPEECH_VERBS.has(after) || (acts && actor)) continue;
    // "as both Moscow and Kyiv reported attacks": one of two speakers joined by "and".
    const next = found[i + 1];
    const nextAt = next ? { start: next.start + start, end: next.end + start } : undefined;
    if ((after === 'and' || after === 'or') && jointSpeaker(text, tokens, lastTok, nextAt))
      continue;
    // "46km southeast of Moscow": a point of reference, not where anything happened.
    if (firstTok !== undefined && referencePoint(tokens, firstTok)) continue;
    // Launch sites ("drones launched from the Bryansk region") are not where the figure happened.
    if (before === 'from') continue;
    // "drones launched by Ukraine", "killed by Russia": a country after "by" is the agent.
    if (before === 'by' && hit.place?.level === 'country') continue;
    out.push(hit);
  }
  return out;
}

/** The last place of `level` the sentence named by its name before: what "the city" means. */
function namedBefore(out: readonly PlaceHit[], level: 'city' | 'region'): PlaceHit | undefined {
  return out.findLast((h) => h.kind === 'name' && h.place?.level === level);
}

/**
 * Is `next` (offsets in `text`), a place right after the joining word at token `joiner`, followed
 * by a verb of saying? Then the place before the joiner speaks with it ("Moscow and Kyiv reported").
 */
function jointSpeaker(
  text: string,
  tokens: readonly Token[],
  joiner: number,
  next: { start: number; end: number } | undefined,
): boolean {
  if (!next || tokens[joiner + 1]?.start !== next.start) return false;
  const following = tokenFrom(tokens, next.end);
  return /^\s*$/.test(text.slice(next.end, tokens[following]?.start ?? next.end))
    ? SPEECH_VERBS.has(tokens[following]?.norm ?? '')
    : false;
}

/** Index of the first token starting at or after `offset` (`tokens.length` if none), by halving. */
function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The area around a city with its own code ("around Moscow" is the Moscow region); else the place. */
export function surroundings(place: Place): Place {
  const code = place.code ? SURROUNDING_REGIONS.get(place.code) : undefined;
  return (code && placeByCode(code)) || place;
}

function referencePoint(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.norm === 'the') j--;
  if (tokens[j]?.norm !== 'of' || !DIRECTIONS.has(tokens[j - 1]?.norm ?? '')) return false;
  // "in the southwest of the Kaluga Region" is a part of the region, not a point beside it.
  return tokens[j - 2]?.norm !== 'the';
}

/** How far back a preposition may govern a place: "on the Ukrainian city of Kryvyi Rih". */
const GOVERNOR_REACH = 3;

/** Is the place at token `k` the object of a preposition or an attack ("on the city of Sumy")? */
function governed(tokens: readonly Token[], k: number): boolean {
  let reach = GOVERNOR_REACH;
  for (let j = k - 1; j >= 0 && reach > 0; j--) {
    const w = tokens[j]!.norm;
    if (LOCATIVES.has(w) || TARGET_WORDS.has(w) || w === 'of') return true;
    if (tokens[j]!.kind === 'punct') return false;
    // "in the eastern Ukrainian city of Kharkiv": the words that place a place cost no reach.
    if (!PLACE_MODIFIERS.has(w)) reach--;
  }
  return false;
}

/** Is the place governed by a preposition or an attack ("in the central Cherkasy region")? */
function locative(tokens: readonly Token[], hit: PlaceHit): boolean {
  const at = tokenFrom(tokens, hit.start);
  const k = at < tokens.length ? at : -1;
  let j = k - 1;
  for (let n = 0; n < 3 && PLACE_MODIFIERS.has(tokens[j]?.norm ?? ''); n++) j--;
  // "hit the centre of Dnipro": the part stands for the place.
  if (tokens[j]?.norm === 'of' && PART_OF_PLACE.has(tokens[j - 1]?.norm ?? '')) {
    j -= 2;
    for (let n = 0; n < 3 && PLACE_MODIFIERS.has(tokens[j]?.norm ?? ''); n++) j--;
  }
  const w = tokens[j]?.norm ?? '';
  return LOCATIVES.has(w) || TARGET_WORDS.has(w);
}

/**
 * Does a clause end between offsets `from` and `to`? "of which" right after a number is the
 * figure's own phrase; an "including …" aside closed by a comma is over before the place.
 */
function breaksBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  people: boolean,
): boolean {
  let including = false;
  // '91 drones were "intercepted and destroyed" over Moscow oblast': quotes that open and close
  // inside the clause are no break; one left open is.
  let quotes = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < from || t.start >= to) continue;
    const w = t.norm;
    if (QUOTES.has(w)) {
      if (CLAUSE_BREAKERS.has(w)) quotes++;
      continue;
    }
    if (w === 'including') including = true;
    else if (w === ',') including = false;
    else if ((w === 'which' || w === 'whom') && tokens[k - 1]?.norm === 'of') continue;
    else if (CAUSE_CONJUNCTIONS.has(w) && (people || SAME_SUBJECT.has(tokens[k + 1]?.norm ?? '')))
      continue;
    // "killed in a missile strike that hit an apartment building in Dnipro": the attack's own
    // clause says where the people it killed were.
    else if (
      people &&
      RELATIVE_PRONOUNS.has(w) &&
      ATTACK_NOUNS.has(tokens[k - 1]?.norm ?? '') &&
      TARGET_WORDS.has(tokens[k + 1]?.norm ?? '')
    )
      continue;
    else if (CLAUSE_BREAKERS.has(w)) return true;
  }
  return (quotes % 2 === 1 && !quoteAfter(tokens, to)) || including;
}

/**
 * '7 UAVs were allegedly "destroyed over the territory of Rostov region"': a quotation opened
 * before the place and closed after it holds the figure's own words, no clause of its own.
 */
function quoteAfter(tokens: readonly Token[], from: number): boolean {
  for (const t of tokens) if (t.start >= from && QUOTES.has(t.norm)) return true;
  return false;
}

/** Is there a clause break or a verb of saying between offsets `from` and `to`? */
function clauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (const t of tokens) {
    if (t.start < from || t.start >= to) continue;
    if (CLAUSE_BREAKERS.has(t.norm) || SPEECH_VERBS.has(t.norm) || t.norm === 'including')
      return true;
  }
  return false;
}

/** Several places named together ("Moscow and other regions", "Moscow, St. Petersburg"): the country. */
function collective(text: string, hit: PlaceHit, next: PlaceHit | undefined): boolean {
  const tail = text.slice(hit.end, hit.end + 16).toLowerCase();
  if (/^,? and other\b/.test(tail)) return true;
  // "over Crimea and the Black Sea": the sea beside a land is no second place of its country.
  return listed(text, hit, next) && next.place?.level !== 'sea';
}

/** Does `next` name a place in the same list as `hit` ("Tula, Kaluga and the Oryol regions")? */
function listed(text: string, hit: PlaceHit, next: PlaceHit | undefined): next is PlaceHit {
  if (!next || next.kind !== 'name' || !next.place) return false;
  // "Kryvyi Rih, central Ukraine": a country after a place in it says where that place is.
  if (next.place.level === 'country' && hit.place && hit.place.level !== 'country') return false;
  const gap = /^\s*(?:,|and|, and)\s*(.*)$/s.exec(text.slice(hit.end, next.start));
  // "the Rostov region and annexed Crimea".
  return gap !== null && onlyPlaceModifiers(gap[1]!);
}

/** Are `words` (text, space-separated) only words that may stand before a place name? */
export function onlyPlaceModifiers(words: string): boolean {
  return words.split(SPACE_RUN).every((w) => w === '' || PLACE_MODIFIERS.has(w.toLowerCase()));
}

/** Is the figure's count given for each of several things ("4 each over …", "nine drones each")? */
function eachOf(tokens: readonly Token[], f: RawFigure): boolean {
  return tokens[f.last + 1]?.norm === 'each' || tokens[f.phraseLast + 1]?.norm === 'each';
}

/**
 * The places after each figure's written one when its count is given for each place of a list:
 * "4 each over the Tula and Kaluga regions" is 4 over Tula and 4 over Kaluga, so the figure
 * stands for one count in each. Empty for every other figure.
 */
export function otherPlacesOfEach(
  text: string,
  tokens: readonly Token[],
  hits: readonly PlaceHit[],
  figures: readonly RawFigure[],
  written: readonly (PlaceHit | null)[],
): (readonly PlaceHit[])[] {
  return figures.map((f, i) => {
    const hit = written[i];
    const k = hit ? hits.indexOf(hit) : -1;
    if (k < 0 || !eachOf(tokens, f)) return NO_HITS;
    const others: PlaceHit[] = [];
    for (let j = k; listed(text, hits[j]!, hits[j + 1]); j++) others.push(hits[j + 1]!);
    return others;
  });
}

/** No places: shared, never written to. */
const NO_HITS: readonly PlaceHit[] = [];

/**
 * The place each figure of a sentence is about, as written near it, before any default is
 * applied. Resolved from the last figure back, so a list can share its trailing place in one pass.
 */
export function placesOfFigures(
  text: string,
  tokens: readonly Token[],
  hits: readonly PlaceHit[],
  figures: readonly RawFigure[],
): (PlaceHit | null)[] {
  const out: (PlaceHit | null)[] = new Array<PlaceHit | null>(figures.length).fill(null);
  for (let i = figures.length - 1; i >= 0; i--)
    out[i] = placeOf(text, tokens, hits, figures, i, out[i + 1] ?? null);
  // "injured nine people in Odesa, four of them children, and also targeted Kyiv": a group of a
  // toll lies where the toll does, whatever follows it.
  figures.forEach((f, i) => {
    const whole = f.antecedent ? figures.indexOf(f.antecedent) : -1;
    if (whole >= 0 && groupOfToll(tokens, f)) out[i] = out[whole] ?? null;
  });
  return out;
}

/** Is the figure a group counted out of a toll: "four of them children"? */
function groupOfToll(tokens: readonly Token[], f: RawFigure): boolean {
  return f.part && f.group !== null && f.verb === null && tokens[f.last + 1]?.norm === 'of';
}

function placeOf(
  text: string,
  tokens: readonly Token[],
  hits: readonly PlaceHit[],
  figures: readonly RawFigure[],
  index: number,
  nextPlace: PlaceHit | null,
): PlaceHit | null {
  const f = figures[index]!;
  const from = tokens[f.last]!.end;
  const people = f.cls === 'people';
  const nextFig = figures[index + 1];
  const until = nextFig ? tokens[nextFig.first]!.start : Infinity;
  const k = hits.findIndex((h) => h.start >= from && h.start < until);
  // "343 were shot down, nearly a hundred of them in the Moscow region": a part keeps its place.
  const partNext = nextFig !== undefined && partitive(tokens, nextFig);
  // "downed 89 Ukrainian drones, 41 over Kursk", "shot down 43 drones, 17 of them over the Moscow
  // region": a count of the same weapons with a place of its own breaks this one down; this one
  // lies in that place's country.
  const breakdown =
    f.cls !== 'people' &&
    nextFig?.antecedent === f &&
    nextFig.verb === null &&
    nextFig.cls === f.cls &&
    nextFig.action === f.action &&
    listPlaceAt(tokens, nextFig.phraseLast + 1);
  if (k < 0 && breakdown && nextPlace) return countryOf(nextPlace);
  if (k < 0 && nextFig && !partNext && nextPlace && nextPlace.start > until) {
    // "9 civilians killed, 40 wounded in Zaporizhzhia": a list's trailing place is the whole list's.
    if (!breaksBetween(tokens, from, until, people)) return nextPlace;
    // "Four people, including two children, were injured in Kharkiv": past the closed aside, the
    // place is the whole's too.
    if (!breaksBetween(tokens, from, nextPlace.start, people)) return nextPlace;
  }
  if (k >= 0 && !breaksBetween(tokens, from, hits[k]!.start, people)) {
    const hit = namedWithin(text, hits[k]!, hits[k + 1]);
    // "9 each over Oryol Region and the Moscow Region": each place has the count, not the two.
    const each = eachOf(tokens, f);
    if (!each && collective(text, hit, hits[k + 1])) {
      const side = sideOfCode(hit.place?.code);
      const country = side ? placeByCode(side) : undefined;
      if (country) return { ...hit, place: country, kind: 'name' };
    }
    return hit;
  }
  const start = tokens[f.first]!.start;
  const inner =
    k >= 0 && !nextFig && partOf(tokens, from, hits[k]!.start) ? countryOf(hits[k]!) : null;
  for (let j = hits.length - 1; j >= 0; j--) {
    const h = hits[j]!;
    if (h.end > start) continue;
    if (people) {
      if (h.place?.level === 'country' && !locative(tokens, h)) continue;
    } else if (
      (!locative(tokens, h) || clauseBetween(tokens, h.end, start)) &&
      !passiveTarget(tokens, h, f)
    ) {
      // A weapons count takes a place written before it only from its own clause, as the place
      // of the attack: "attacked the Belgorod region with 40 drones", "over Kursk, 12 were downed".
      continue;
    }
    return h;
  }
  // "… two civilians were killed, including casualties in Kyiv": a part lies in the whole's country.
  return inner;
}

/**
 * "Kharkiv was struck by three missiles", "Odesa has been attacked by 20 drones": the subject of a
 * passive verb whose agent is the figure is where the weapons went.
 */
function passiveTarget(tokens: readonly Token[], h: PlaceHit, f: RawFigure): boolean {
  const verb = f.verb;
  if (!verb || verb.phrase.words.at(-1) !== 'by' || verb.at + verb.length !== f.first) return false;
  let k = tokenFrom(tokens, h.end);
  if (!AUXILIARIES.has(tokens[k]?.norm ?? '')) return false;
  while (k < verb.at && VERB_FILLERS.has(tokens[k]!.norm)) k++;
  return k === verb.at;
}

/**
 * "the Black Sea port of Odesa", "the Donetsk region town of Pokrovsk": a place that only says
 * where the next one lies gives way to it.
 */
function namedWithin(text: string, hit: PlaceHit, next: PlaceHit | undefined): PlaceHit {
  if (!next?.place) return hit;
  // The next hit may hold the words itself ("city of Odesa").
  const m = SETTLEMENT_OF.exec(text.slice(hit.end, next.end));
  return m && hit.end + m[0].length >= next.start ? next : hit;
}

/** The settlement nouns as one alternation of a regular expression ("port\\s+city|port|…"). */
const SETTLEMENTS = SETTLEMENT_NOUNS.map((w) => w.replace(' ', '\\s+')).join('|');

/** "the Black Sea city", "the Black Sea port": a settlement not named after it ("port of Odesa"). */
const SEA_SETTLEMENT = new RegExp(`^\\s+(?:${SETTLEMENTS})\\b(?!\\s+of\\b)`, 'i');

/** The words after "the Black Sea" in "the Black Sea port of Odesa". */
const SETTLEMENT_OF = new RegExp(`^\\s+(?:${SETTLEMENTS})\\s+of\\s+`, 'i');

/** "nearly a hundred of them", "20 of which": a figure counted out of the one before it. */
function partitive(tokens: readonly Token[], f: RawFigure): boolean {
  const next = tokens[f.last + 1]?.norm;
  const pronoun = tokens[f.last + 2]?.norm ?? '';
  // "five killed, two of them children, in Kharkiv": a group of the toll lies where the toll does.
  if (groupOfToll(tokens, f)) return false;
  return next === 'of' && (pronoun === 'them' || pronoun === 'which' || pronoun === 'those');
}

/** "including casualties in Kyiv": the only thing between figure and place is an "including". */
function partOf(tokens: readonly Token[], from: number, to: number): boolean {
  let including = false;
  for (const t of tokens) {
    if (t.start < from || t.start >= to) continue;
    if (t.norm === 'including') including = true;
    else if (CLAUSE_BREAKERS.has(t.norm)) return false;
  }
  return including;
}

function countryOf(hit: PlaceHit): PlaceHit | null {
  const side = sideOfCode(hit.place?.code);
  const country = side ? placeByCode(side) : undefined;
  return country ? { ...hit, place: country, kind: 'name' } : null;
}

/** "the country", "nationwide": the defending side's country. */
export function countryPlace(defender: Side | null): Place | null {
  return defender ? (placeByCode(defender) ?? null) : null;
}

/** "the capital": Moscow when the defending side is Russia, Kyiv when it is Ukraine. */
export function capitalOf(defender: Side | null): Place | null {
  if (defender === 'RU') return placeByCode('RU-MOW') ?? null;
  if (defender === 'UA') return placeByCode('UA-30') ?? null;
  return null;
}

/**
 * The places below country level where a sentence says an attack fell or happened ("a Russian
 * strike on Sumy", "in the Moscow region", "struck Kyiv"): the report's scene from then on.
 */
export function scenePlaces(tokens: readonly Token[], hits: readonly PlaceHit[]): Place[] {
  const out: Place[] = [];
  for (const h of hits) {
    if (h.kind === 'name' && h.place && h.place.level !== 'country' && locative(tokens, h))
      out.push(h.around ? surroundings(h.place) : h.place);
  }
  return out;
}

/**
 * The one place a sentence without figures names ("Ukrainian drones attacked the Voronezh region
 * on Monday."), which sets the scene for the figures of the sentence after it.
 */
export function scenePlace(hits: readonly PlaceHit[]): Place | null {
  const named = hits.filter((h) => h.kind === 'name' && h.place && h.place.level !== 'country');
  const codes = new Set(named.map((h) => h.place!.code));
  return codes.size === 1 ? named[0]!.place : null;
}

/** The country a figure happened in when the text names no place: the attacked side's. */
export function defaultPlace(attacker: Side | null): Place | null {
  return attacker ? countryPlace(opposite(attacker)) : null;
}

/** Does a possessive "'s" follow offset `end` of `text` ("Russia's", "the city’s")? */
export function possessiveAt(text: string, end: number): boolean {
  return /^['’]s\b/.test(text.slice(end, end + 3));
}
