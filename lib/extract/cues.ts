import {
  HEADLINE_SOURCE_DASHES,
  SOURCE_NOUNS,
  SPEECH_VERBS as SAYING,
} from './vocabulary/speakers';
import { DATE_PHRASES, MONTHS, SINCE, WEEKDAYS } from './vocabulary/dates';
import { gazetteer } from './places/gazetteer';
import { phraseStartsByWord } from './phrase-trie';
import { placeRoles } from './places/roles';
import { Role, TokenRoles } from './places/tokenize';
import { PHRASES, PREFIXES } from './vocabulary/places/phrases';
import type { Token } from './tokens';
import { GROUP_WORDS, SCALES, TENS, UNITS } from './vocabulary/number-words';
import { SINGULAR_PEOPLE } from './vocabulary/people';

/**
 * What kinds of words a sentence holds, as bits: a sentence without a date word has no date to
 * read, one without a number no figure, one without a verb of saying no speaker, one without a
 * place name no place. Most sentences of a story lack most kinds, and each reader that cannot
 * find anything is skipped.
 */
export const Cue = {
  Number: 1,
  Date: 2,
  Speech: 4,
  Place: 8,
} as const;

/**
 * Words one of which every source introducer holds ("according to", "per", "citing", "as reported
 * by", "data from", "a report by").
 */
const INTRODUCER_WORDS = ['according', 'per', 'citing', 'reported', 'stated', 'data', 'figures'];

function buildWordCues(): Map<string, number> {
  const cues = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    cues.set(word, (cues.get(word) ?? 0) | bit);
  };
  const numberWords = [UNITS, TENS, GROUP_WORDS, SCALES].flatMap((table) => Object.keys(table));
  for (const w of numberWords) add(w, Cue.Number);
  for (const w of SINGULAR_PEOPLE) add(w, Cue.Number);
  // "a single drone": the article counts one.
  add('single', Cue.Number);
  // A date expression always holds a day, a month or the last word of a date phrase ("night" of
  // "the night of", "hours" of "in the early hours"); prefixes ("late", "last") never stand alone.
  for (const w of [...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)]) add(w, Cue.Date);
  for (const w of Object.keys(WEEKDAYS)) add(`${w}'s`, Cue.Date);
  for (const [phrase] of DATE_PHRASES) add(phrase.split(' ').at(-1)!, Cue.Date);
  add(SINCE, Cue.Date);
  for (const w of SAYING) add(w, Cue.Speech);
  for (const w of [...INTRODUCER_WORDS, ...SOURCE_NOUNS]) add(w, Cue.Speech);
  add(':', Cue.Speech);
  for (const dash of HEADLINE_SOURCE_DASHES) add(dash, Cue.Speech);
  for (const w of PREFIXES.keys()) add(w, Cue.Place);
  // "the capital", "the region", "nationwide": phrases whose place the story decides.
  for (const ph of PHRASES) if (ph.code === null) add(ph.phrase.split(' ').at(-1)!, Cue.Place);
  return cues;
}

/** The low four bits of a lexicon entry hold a word's cues. */
const CUE_BITS = 15;
/** The next four, from this bit, its roles to the place tokenizer (see `placeRoles`). */
const ROLES_SHIFT = 4;
/** Bits from this one hold its phrase starts (see `phraseStartsByWord`). */
const STARTS_SHIFT = 8;

/**
 * A word's cues, its place roles and the phrase tries it starts a phrase of, in one number: one
 * lookup per token gives all three. Built at the first sentence read, after every module (and its
 * tries) has loaded: a page that is no story never builds it, nor the tables it is made of.
 */
let lexicon: Map<string, number> | null = null;

function buildLexicon(): Map<string, number> {
  const out = buildWordCues();
  for (const [word, bits] of placeRoles()) {
    out.set(word, (out.get(word) ?? 0) | ((bits & TokenRoles.OfNorm) << ROLES_SHIFT));
  }
  for (const [word, starts] of phraseStartsByWord()) {
    out.set(word, (out.get(word) ?? 0) | (starts << STARTS_SHIFT));
  }
  return out;
}

/** Builds the lexicon and the tables it is made of now, if no sentence has been read yet. */
export function buildCueTables(): void {
  lexicon ??= buildLexicon();
}

/** Is `raw` (as the text writes it) the start of a place name in the gazetteer? */
function startsPlace(raw: string): boolean {
  const folded = raw.includes('\u2019') ? raw.replace(/\u2019/g, "'") : raw;
  const stem = /'s$/i.test(folded) ? folded.slice(0, -2) : folded;
  const { senses, prefixes } = gazetteer();
  return senses.has(stem) || prefixes.has(stem);
}

/** A word as written that {@link startsPlace}. */
const PLACE_CUE = 1;
/** A word as written that is a key of `placeRoles()` with `Role.Start`, as the place tokenizer asks. */
const NAME_START = 2;

/** What words as written start, as bits, learned as they are met: names are case-sensitive. */
const PLACE_WORDS = new Map<string, number>();
const MAX_LEARNED = 50_000;

function placeWord(raw: string): number {
  let known = PLACE_WORDS.get(raw);
  if (known === undefined) {
    known =
      (startsPlace(raw) ? PLACE_CUE : 0) |
      ((placeRoles().get(raw) ?? 0) & Role.Start ? NAME_START : 0);
    // Bounded, so a text of endless distinct words cannot grow it without end.
    if (PLACE_WORDS.size < MAX_LEARNED) PLACE_WORDS.set(raw, known);
  }
  return known;
}

/** The cues of a sentence's tokens, one lookup per token; sets their `phraseStarts` and `placeRoles`. */
export function cuesOf(tokens: readonly Token[]): number {
  lexicon ??= buildLexicon();
  let cues = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') {
      cues |= Cue.Number;
      // "2025", "2025-07-18": a year or a machine date.
      if (t.norm.length === 4) cues |= Cue.Date;
      continue;
    }
    const entry = lexicon.get(t.norm) ?? 0;
    cues |= entry & CUE_BITS;
    t.phraseStarts = entry >>> STARTS_SHIFT;
    const roles = (entry >>> ROLES_SHIFT) & TokenRoles.OfNorm;
    if (t.kind !== 'word' || !t.capital) {
      t.placeRoles = roles;
      continue;
    }
    const starts = placeWord(t.raw);
    if (starts & PLACE_CUE) cues |= Cue.Place;
    t.placeRoles = roles | TokenRoles.RawKnown | (starts & NAME_START ? TokenRoles.RawStart : 0);
    // "Ivano-Frankivsk": a hyphened name is one word to the gazetteer.
    const dash = tokens[k + 1];
    const next = tokens[k + 2];
    if (dash?.norm === '-' && next && dash.start === t.end && next.start === dash.end) {
      if (placeWord(`${t.raw}-${next.raw}`) & PLACE_CUE) cues |= Cue.Place;
    }
  }
  return cues;
}
