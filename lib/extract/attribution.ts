import {
  COUNTRIES,
  COUNTRY_SUFFIXES,
  COUNTRY_WORDS,
  INSTITUTIONS,
  MEDIA,
  NAMED_SPEAKERS,
  type SpeakerName,
  type SpeakerSide,
} from './vocabulary/speaker-names';
import {
  CLAUSE_STOPS,
  GOVERNOR_NAMES,
  GOVERNOR_TEMPLATES,
  HEADLINE_SOURCE_DASHES,
  HEADLINE_SOURCE_WORDS,
  INSTALLED_BODIES,
  INVERSION_MARKS,
  NAME_JOINERS,
  NOT_NAMES,
  NOT_SAYING,
  OBJECT_MARKERS,
  OFFICE_OF,
  OTHER_GOVERNORS,
  PASSIVE_AUXILIARIES,
  REGIONS,
  ROLE_NOUNS,
  SOURCE_BLOCKERS,
  SOURCE_INTRODUCERS,
  SOURCE_NOUNS,
  SPEAKER_DETERMINERS,
  SPEECH_VERBS,
  TITLE_WORDS,
  TRAILING_NOUNS,
} from './vocabulary/speakers';
import { REGION_ADJECTIVES } from './vocabulary/place-words';
import { inClass, lazyPhraseTrie, longestPhraseAt, wordClass } from './phrase-trie';
import { tokenize, type Token } from './tokens';
import { isCountWord } from './numbers';
import { holdingCompound } from './sides';
import { PEOPLE_NOUN } from './word-lookup';

/** The speaker a sentence names for its claims. */
export interface AttributionHit {
  /** Offset of the speaker's first word in the sentence. */
  start: number;
  /** Offset just past the speaker's last word. */
  end: number;
  /** Canonical name (CLAIMS.md section 3) or the text's own short name. */
  name: string;
  /** The country whose official or institution speaks, when known. */
  side: SpeakerSide | null;
  /** True when the speaker is only the country ("Russia said", "Kyiv claimed", "Moscow reported"). */
  countryOnly: boolean;
}

/** A country speaks for itself only right before its verb: "Russia on Sunday said". */
const COUNTRY_REACH = 3;
/** Officials may sit further from their verb: "Oleh Syniehubov, the governor of Kharkiv, said". */
const SPEAKER_REACH = 12;
/** How far "according to" looks for its source. */
const SOURCE_REACH = 12;
/** Two mentions this close with one name are one speaker: "Moscow Mayor Sergey Sobyanin". */
const MERGE_REACH = 3;
/** Verb-to-speaker words in an inverted attribution: "said the Ukrainian president". */
const INVERSION_REACH = 2;

/** Institutions by every name news gives them, each with its possessive ("the Air Force's"). */
function* institutionEntries(): Generator<readonly [string, SpeakerName]> {
  for (const inst of INSTITUTIONS) {
    for (const phrase of inst.phrases) {
      for (const [word, side] of Object.entries(COUNTRY_WORDS)) {
        const name = inst.sided[side];
        if (name) yield [`${word} ${phrase}`, { name, side }];
      }
      for (const [suffix, side] of Object.entries(COUNTRY_SUFFIXES)) {
        const name = inst.sided[side];
        if (!name) continue;
        yield [`${phrase} ${suffix}`, { name, side }];
        // "The Ministry of Defense of the Russian Federation said": whole, past "the ministry of defense".
        if (phrase.startsWith('ministry ')) yield [`the ${phrase} ${suffix}`, { name, side }];
      }
      if (!inst.name) continue;
      const bare = { name: inst.name, side: inst.side ?? null };
      // "the ministry" alone is the Defense Ministry, so "the ministry of health" must be whole.
      if (phrase.startsWith('ministry ')) yield [`the ${phrase}`, bare];
      yield [phrase, bare];
    }
  }
}

function* speakerEntries(): Generator<readonly [string, SpeakerName]> {
  // Phrases ending in a place: its possessive opens the next place ("the authorities of Ukraine's
  // southern Kherson region"), not an office.
  const placeEnds = new Set(
    [...Object.keys(COUNTRY_SUFFIXES), ...REGIONS.map(([region]) => region)].map((p) =>
      p.split(' ').at(-1)!.toLowerCase(),
    ),
  );
  yield* NAMED_SPEAKERS;
  yield* OTHER_GOVERNORS;
  for (const [region, side] of REGIONS) {
    for (const [pattern, name] of GOVERNOR_TEMPLATES) {
      const who = { name: name.replace('{R}', region), side, key: `gov:${region}` };
      const named = pattern.replace('{R}', region);
      if (!named.includes('{A}')) yield [named, who];
      else for (const a of REGION_ADJECTIVES) yield [named.replace('{A}', a), who];
    }
  }
  const regionSide = new Map(REGIONS);
  for (const [surname, region] of Object.entries(GOVERNOR_NAMES)) {
    const side = regionSide.get(region) ?? null;
    yield [surname, { name: `${region} Governor`, side, key: `gov:${region}` }];
  }
  for (const entry of institutionEntries()) {
    yield entry;
    // "the Defense Ministry's press service said", "the Air Force's Telegram channel": an
    // institution's possessive names its own office, which speaks for it. Not a country's or a
    // person's: "Russia's drones", "the Kremlin's troops killed five" name no speaker.
    const [phrase, who] = entry;
    const last = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
    if (!/['’]s$/.test(last) && !placeEnds.has(last)) yield [`${phrase}'s`, who];
  }
  yield* COUNTRIES;
  for (const outlet of MEDIA) yield [outlet, { name: null, side: null, media: true }];
}

/** Some 5,000 phrases, made and put in at the first read (a page that is no story makes none). */
const SPEAKERS = lazyPhraseTrie(speakerEntries);
/** Tested on every token of a sentence with a cue of speech: one bit test each. */
const SPEECH_VERB_CLASS = wordClass(SPEECH_VERBS);
const CLAUSE_STOP_CLASS = wordClass(CLAUSE_STOPS);
const INTRODUCERS = lazyPhraseTrie(() => SOURCE_INTRODUCERS.map((p) => [p, true] as const));

/** A speaker named over tokens `first..last`. */
interface Candidate {
  first: number;
  last: number;
  who: SpeakerName;
  /** The token that makes it an object ("on Kyiv"), or `null` when it may be a subject. */
  blocker: string | null;
}

function sameSpeaker(a: SpeakerName, b: SpeakerName): boolean {
  if (a.side && b.side && a.side !== b.side) return false;
  if (a.key !== undefined && a.key === b.key) return true;
  if (a.countryOnly || b.countryOnly || a.media || b.media || !a.name || !b.name) return false;
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  // "the air force" after "Ukraine's air force": the same body, named more or less fully.
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** Short all-caps names ("UN", "AP", "SBU") are names only when written with a capital. */
function plausible(toks: readonly Token[], first: number, last: number): boolean {
  const t = toks[first]!;
  // "19 police officers were injured": a body's name between a count and its people names who
  // they were ("Police officers said …" still speak).
  if (PEOPLE_NOUN.has(toks[last + 1]?.norm ?? '') && isCountWord(toks[first - 1])) return false;
  return first !== last || t.norm.length > 4 || t.capital;
}

/** A speaker's name may run this many words: "Prosecutor's Office of Sumy Oblast". */
const MAX_NAME_WORDS = 6;

/**
 * "regional Gov. Ihor Taburets", "Sumy City Council", "Interior Minister Ihor Klymenko": capitalised
 * words that end at token `i` or later and name someone no table knows. Two capitalised words, or
 * a title and a name; the words as written are the speaker's name.
 */
function properNameAt(toks: readonly Token[], i: number): { last: number; titled: boolean } | null {
  let last = -1;
  let words = 0;
  let titled = false;
  for (let k = i; k < toks.length && k < i + MAX_NAME_WORDS + 2; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && t.capital && !NOT_NAMES.has(t.norm)) {
      words++;
      last = k;
      if (TITLE_WORDS.has(t.norm)) titled = true;
      continue;
    }
    if (words > 0 && NAME_JOINERS.has(t.norm) && toks[k + 1]?.capital) continue;
    break;
  }
  if (last < 0) return null;
  return words >= 2 ? { last, titled } : null;
}

function findCandidates(toks: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length;) {
    const m = longestPhraseAt(SPEAKERS, toks, i);
    if (m && holdingCompound(toks, m.last)) {
      // "the Russia-installed mayor", "the region's Kremlin-appointed head": not the country
      // speaks but an official of its side, named in the text's own words.
      const office = installedOffice(toks, m.last + 3, m.value);
      if (office) out.push({ first: i, last: m.last + 3, who: office, blocker: null });
      i = m.last + (office ? 4 : 1);
      continue;
    }
    if (!m || !plausible(toks, i, m.last)) {
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && i - prev.last - 1 <= MERGE_REACH && sameSpeaker(prev.who, m.value)) {
      prev.last = m.last;
      if (!prev.who.side && m.value.side) prev.who = m.value;
    } else {
      out.push({ first: i, last: m.last, who: m.value, blocker: null });
    }
    i = m.last + 1;
  }
  addProperNames(toks, out);
  for (const c of out) c.blocker = blockerOf(toks, c.first);
  return out;
}

/** The speaker an official installed by `by`'s side is, when token `k` names an office. */
function installedOffice(toks: readonly Token[], k: number, by: SpeakerName): SpeakerName | null {
  const word = toks[k]?.norm ?? '';
  const office = TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || INSTALLED_BODIES.has(word);
  return office && by.side ? { name: null, side: by.side } : null;
}

/** Adds the proper names no table knows, where no known speaker stands, in text order. */
function addProperNames(toks: readonly Token[], out: Candidate[]): void {
  // The known speakers are in text order and apart: the first not before token `i` is the only
  // one that can hold it or clash with a name starting there, and `i` only grows.
  let known = 0;
  const found: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    while (known < out.length && out[known]!.last < i) known++;
    const next = out[known];
    if ((next && next.first <= i) || !toks[i]!.capital) continue;
    // A lower-case title or place word may open the name: "regional Gov. Ihor Taburets".
    const m = properNameAt(toks, i);
    if (!m) continue;
    if (next && next.first <= m.last) continue;
    let first = i;
    if (toks[i - 1]?.norm === 'regional' || toks[i - 1]?.norm === 'local') first = i - 1;
    found.push({ first, last: m.last, who: { name: null, side: null }, blocker: null });
    i = m.last;
  }
  if (found.length === 0) return;
  out.push(...found);
  out.sort((a, b) => a.first - b.first);
}

/** Capitalised words before a name are its title and given names: "to President Vladimir Putin". */
const MAX_TITLE_WORDS = 3;

function isTitleWord(t: Token | undefined): boolean {
  return (
    t?.kind === 'word' &&
    t.capital &&
    !OBJECT_MARKERS.has(t.norm) &&
    !SPEAKER_DETERMINERS.has(t.norm)
  );
}

/** The token before a name's titles ("to President Vladimir Putin": "to"), or -1. */
function beforeTitles(toks: readonly Token[], first: number): number {
  let k = first - 1;
  for (let n = 0; n < MAX_TITLE_WORDS && isTitleWord(toks[k]); n++) k--;
  return k;
}

/** The token before a name's titles and determiners ("on the Kyiv …": "on"), or -1. */
function beforeName(toks: readonly Token[], first: number): number {
  let k = beforeTitles(toks, first);
  while (k >= 0 && SPEAKER_DETERMINERS.has(toks[k]!.norm)) k--;
  return k;
}

/** "debris fell on Kyiv": the word that makes a name an object; a role noun's body still speaks. */
function blockerOf(toks: readonly Token[], first: number): string | null {
  let k = beforeName(toks, first);
  const marker = toks[k]?.norm;
  if (marker === undefined || !OBJECT_MARKERS.has(marker)) return null;
  k--;
  while (k >= 0 && SPEAKER_DETERMINERS.has(toks[k]!.norm)) k--;
  const role = toks[k]?.norm ?? '';
  // "the press service of the Defense Ministry"; not "the ambulance service in Kyiv".
  const office = ROLE_NOUNS.has(role) || OFFICE_OF.get(role) === toks[k - 1]?.norm;
  return office ? null : marker;
}

/** A speech verb used actively: not "was reported killed". */
function isSpeechVerb(toks: readonly Token[], v: number): boolean {
  if (!inClass(toks[v]!, SPEECH_VERB_CLASS)) return false;
  const before = toks[v - 1]?.norm ?? '';
  // "was reported killed" has no speaker; "did not say", "declined to comment" claim nothing.
  if (PASSIVE_AUXILIARIES.has(before) || NOT_SAYING.has(before)) return false;
  return !(before === 'to' && NOT_SAYING.has(toks[v - 2]?.norm ?? ''));
}

/** Length of the source introducer at `v` ("according to", "a report by"), or 0. */
function introducerAt(toks: readonly Token[], v: number): number {
  const m = longestPhraseAt(INTRODUCERS, toks, v);
  if (m) return m.last - v + 1;
  return toks[v]!.norm === 'by' && SOURCE_NOUNS.has(toks[v - 1]?.norm ?? '') ? 1 : 0;
}

interface Attribution {
  c: Candidate;
  /** Where the attribution begins, to prefer the main clause's speaker (the earliest). */
  at: number;
}

/**
 * Finds who a sentence says made its claims: "X said", "according to X", "X wrote on Telegram",
 * "…, said X", a headline's "Russia says …". Officials win over news outlets reporting them, and
 * the earliest speaker (the main clause's) over later ones. Returns `null` when nobody is named.
 * Linear in the sentence's length; never throws.
 */
export function findAttribution(
  sentence: string,
  tokens?: readonly Token[],
): AttributionHit | null {
  if (typeof sentence !== 'string') return null;
  const toks = tokens ?? tokenize(sentence);
  // Most sentences have no verb of saying, no "according to", no colon: nothing to attribute.
  let cue = false;
  // A headline's "Sobyanin: 12 drones …" names its speaker with a colon.
  for (let v = 0; v < toks.length && !cue; v++) {
    cue =
      toks[v]!.norm === ':' ||
      introducerAt(toks, v) > 0 ||
      isSpeechVerb(toks, v) ||
      (toks.length - v <= HEADLINE_SOURCE_WORDS + 1 && HEADLINE_SOURCE_DASHES.has(toks[v]!.norm));
  }
  if (!cue) return null;
  const cands = findCandidates(toks);
  if (cands.length === 0) return null;
  // Candidates by their first and last token, in arrays: no map and no pairs per sentence.
  const byFirst: (Candidate | undefined)[] = [];
  const byLast: (Candidate | undefined)[] = [];
  for (const c of cands) {
    byFirst[c.first] = c;
    byLast[c.last] = c;
  }
  const subjects = cands.filter((c) => c.blocker === null);
  const found: Attribution[] = [];
  let s = -1;
  for (let v = 0; v < toks.length; v++) {
    while (s + 1 < subjects.length && subjects[s + 1]!.last < v) s++;
    const intro = introducerAt(toks, v);
    if (intro > 0) {
      const c = sourceAfter(toks, byFirst, v + intro);
      if (c) found.push({ c, at: v });
      continue;
    }
    if (!isSpeechVerb(toks, v)) continue;
    const inverted = INVERSION_MARKS.has(toks[v - 1]?.norm ?? '')
      ? invertedAt(toks, byFirst, v)
      : null;
    if (inverted) {
      found.push({ c: inverted, at: v });
      continue;
    }
    // "with Russia's Defense Ministry claiming it shot down 337": a speaker after "with" speaks.
    const absolute = byLast[v - 1];
    if (absolute && absolute.blocker === 'with' && toks[v]!.norm.endsWith('ing')) {
      found.push({ c: absolute, at: absolute.first });
      continue;
    }
    const c = subjects[s];
    if (!c) continue;
    const reach = c.who.countryOnly ? COUNTRY_REACH : SPEAKER_REACH;
    if (v - c.last - 1 <= reach && !stopBetween(toks, c.last + 1, v))
      found.push({ c, at: c.first });
  }
  const headline = headlineSpeaker(toks, cands[0]!);
  if (headline) found.push({ c: headline, at: headline.first });
  const trailing = trailingSource(toks, cands[cands.length - 1]!);
  if (trailing) found.push({ c: trailing, at: trailing.first });
  return choose(sentence, toks, found);
}

/**
 * Does a clause stop stand among tokens `from` to `to - 1`? Asked only of a gap within a
 * speaker's reach, so a few tokens: cheaper than counting the stops of every sentence ahead.
 */
function stopBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (inClass(toks[k]!, CLAUSE_STOP_CLASS)) return true;
  return false;
}

/** "according to a report by The Wall Street Journal": the first name in the introducer's reach. */
function sourceAfter(
  toks: readonly Token[],
  byFirst: readonly (Candidate | undefined)[],
  from: number,
): Candidate | null {
  for (let k = from; k < toks.length && k < from + SOURCE_REACH; k++) {
    const t = toks[k]!;
    if (CLAUSE_STOPS.has(t.norm) || t.norm === ',' || isSpeechVerb(toks, k)) return null;
    const c = byFirst[k];
    if (c && (c.blocker === null || SOURCE_BLOCKERS.has(c.blocker))) return c;
  }
  return null;
}

/** A headline's "Sergei Sobyanin: 12 drones shot down": the speaker opens and a colon follows. */
function headlineSpeaker(toks: readonly Token[], c: Candidate): Candidate | null {
  return beforeTitles(toks, c.first) < 0 && toks[c.last + 1]?.norm === ':' ? c : null;
}

/**
 * A headline's "… over Russian regions overnight — Defense Ministry": a known speaker, alone after
 * a dash, ends the line. A name no table knows is not taken: "— Kyiv's biggest attack" is no source.
 */
function trailingSource(toks: readonly Token[], c: Candidate): Candidate | null {
  if (c.last !== toks.length - 1 || c.who.name === null || c.blocker !== null) return null;
  // "Russia fired 12 missiles at one city — Kyiv": a place, not a source.
  if (c.who.countryOnly) return null;
  return HEADLINE_SOURCE_DASHES.has(toks[beforeName(toks, c.first)]?.norm ?? '') ? c : null;
}

/** "…, said the air force." / "…, reported WSJ.": the speaker closes the clause. */
function invertedAt(
  toks: readonly Token[],
  byFirst: readonly (Candidate | undefined)[],
  v: number,
): Candidate | null {
  let k = v + 1;
  for (let n = 0; n < INVERSION_REACH && SPEAKER_DETERMINERS.has(toks[k]?.norm ?? ''); n++) k++;
  // "said Oleh Syniehubov, the governor": given names before the known surname.
  let c = byFirst[k];
  for (let n = 0; !c && n < MAX_TITLE_WORDS && isTitleWord(toks[k]); n++) c = byFirst[++k];
  if (!c) return null;
  const next = toks[c.last + 1];
  return !next || next.kind === 'punct' || TRAILING_NOUNS.has(next.norm) ? c : null;
}

function choose(
  sentence: string,
  toks: readonly Token[],
  found: Attribution[],
): AttributionHit | null {
  const officials = found.filter((f) => !f.c.who.media);
  const pool = officials.length > 0 ? officials : found;
  let best: Attribution | null = null;
  for (const f of pool) {
    const better =
      !best ||
      f.at < best.at ||
      (f.at === best.at && !f.c.who.countryOnly && best.c.who.countryOnly === true);
    if (better) best = f;
  }
  if (!best) return null;
  const start = toks[best.c.first]!.start;
  const end = toks[best.c.last]!.end;
  const who = best.c.who;
  return {
    start,
    end,
    name: who.name ?? sentence.slice(start, end),
    side: who.side,
    countryOnly: who.countryOnly === true,
  };
}
