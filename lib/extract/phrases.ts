import { inClass, wordClass } from './phrase-trie';
import { ageEnd } from './ages';
import type { Token } from './tokens';
import {
  ACTION_PHRASES,
  SIDE_ATTACK,
  SIDE_ATTACK_VERBS,
  SUPPRESSION_WORDS,
  type ActionPhrase,
} from './vocabulary/actions';
import {
  AUXILIARIES,
  CLAUSE_BREAKERS,
  NEGATIONS,
  QUOTES,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from './vocabulary/function-words';
import { PEOPLE_NOUN, SIDE_ADJECTIVE, SIDE_WORD, WEAPON_NOUN } from './word-lookup';

/** How far back a figure's verb may stand: "launched its largest attack on Ukraine on Nov. 9-10, with 145 drones". */
const VERB_BEFORE_REACH = 22;

/** An action phrase found at token `at` (its first token) spanning `length` tokens. */
export interface ActionHit {
  phrase: ActionPhrase;
  at: number;
  length: number;
  /** "downed or otherwise suppressed": the downed and suppressed counts together. */
  neutralized: boolean;
}

function indexBy(key: (p: ActionPhrase) => string): Map<string, ActionPhrase[]> {
  const m = new Map<string, ActionPhrase[]>();
  for (const p of ACTION_PHRASES) {
    const k = key(p);
    const list = m.get(k) ?? [];
    list.push(p);
    m.set(k, list);
  }
  // Longest first, so "shot down" wins over a shorter phrase ending the same way.
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
}

const BY_FIRST = indexBy((p) => p.words[0]!);
const BY_LAST = indexBy((p) => p.words[p.words.length - 1]!);
/** Words that start or end an action phrase, and clause breakers: one bit test per token each. */
const FIRST_WORDS = wordClass(new Set(BY_FIRST.keys()));
const LAST_WORDS = wordClass(new Set(BY_LAST.keys()));
const BREAKERS = wordClass(CLAUSE_BREAKERS);

function matches(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  if (start < 0 || start + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[start + k]!.norm !== words[k]) return false;
  return true;
}

/** The longest action phrase that starts at token `k`, if any. */
export function phraseAt(tokens: readonly Token[], k: number): ActionHit | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !inClass(t, FIRST_WORDS)) return null;
  for (const p of BY_FIRST.get(t.norm) ?? []) {
    if (matches(tokens, k, p.words))
      return withNeutralized(tokens, {
        phrase: p,
        at: k,
        length: p.words.length,
        neutralized: false,
      });
  }
  return null;
}

/** The longest action phrase that ends at token `k`, if any. */
export function phraseEndingAt(tokens: readonly Token[], k: number): ActionHit | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !inClass(t, LAST_WORDS)) return null;
  for (const p of BY_LAST.get(t.norm) ?? []) {
    const at = k - p.words.length + 1;
    if (!matches(tokens, at, p.words)) continue;
    const hit: ActionHit = { phrase: p, at, length: p.words.length, neutralized: false };
    if (p.action === 'suppressed') return downedBefore(tokens, hit) ?? hit;
    return withNeutralized(tokens, hit);
  }
  return null;
}

/** Seen from its end, "shot down/suppressed" is one downed-or-suppressed figure too. */
function downedBefore(tokens: readonly Token[], hit: ActionHit): ActionHit | null {
  let k = hit.at - 1;
  while (k >= 0 && (VERB_FILLERS.has(tokens[k]!.norm) || tokens[k]!.norm === 'electronically')) k--;
  const joiner = tokens[k]?.norm;
  if (joiner !== 'or' && joiner !== 'and' && joiner !== '/') return null;
  for (const p of BY_LAST.get(tokens[k - 1]?.norm ?? '') ?? []) {
    const at = k - p.words.length;
    if (p.action === 'downed' && matches(tokens, at, p.words)) {
      return { phrase: p, at, length: hit.at + hit.length - at, neutralized: true };
    }
  }
  return null;
}

/** "downed or (otherwise) suppressed", "shot down/jammed": one figure for both outcomes. */
function withNeutralized(tokens: readonly Token[], hit: ActionHit): ActionHit {
  if (hit.phrase.action !== 'downed') return hit;
  let k = hit.at + hit.length;
  const joiner = tokens[k]?.norm;
  if (joiner !== 'or' && joiner !== 'and' && joiner !== '/') return hit;
  k++;
  while (tokens[k] && (VERB_FILLERS.has(tokens[k]!.norm) || tokens[k]!.norm === 'electronically'))
    k++;
  if (tokens[k] && SUPPRESSION_WORDS.has(tokens[k]!.norm)) {
    return { ...hit, length: k - hit.at + 1, neutralized: true };
  }
  return hit;
}

/** Is the token the end of a clause, as far as finding a figure's verb goes? */
export function isBreak(t: Token): boolean {
  // Sentences are split before any of this runs: a full stop inside one is an abbreviation's.
  if (t.norm === '.') return false;
  return inClass(t, BREAKERS) || (t.kind === 'punct' && t.norm !== '-' && t.norm !== '/');
}

/**
 * The verb right after a figure's noun phrase, past fillers ("were reportedly shot down"). A
 * progressive form ("drones targeting the capital were destroyed") yields to a later finite verb.
 */
export function verbAfter(tokens: readonly Token[], from: number): ActionHit | null {
  // '"More than three dozen UAVs" were deployed': the source's words end before their verb;
  // "Thirteen [drones] were shot down": so do an editor's.
  let k = closingQuote(tokens, from) || tokens[from]?.norm === ']' ? from + 1 : from;
  while (tokens[k] && tokens[k]!.kind === 'word' && VERB_FILLERS.has(tokens[k]!.norm)) {
    const hit = phraseAt(tokens, k);
    if (hit && !hit.phrase.nominal) break;
    k++;
  }
  // 'another 30 were "locationally lost"': the verb quoted as the source words it.
  if (tokens[k]?.kind === 'punct' && QUOTES.has(tokens[k]!.norm)) k++;
  if (tokens[k] && NEGATIONS.has(tokens[k]!.norm)) return null;
  const hit = phraseAt(tokens, k);
  if (!hit || hit.phrase.nominal) return null;
  if (hit.phrase.progressive) return finiteVerbLater(tokens, k + hit.length) ?? hit;
  return hit;
}

/** Is token `k` a quotation mark that closes a quote right after a word (no space between)? */
function closingQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined && t.kind === 'punct' && QUOTES.has(t.norm) && tokens[k - 1]?.end === t.start
  );
}

/** "drones heading toward Moscow that were shot down": a relative clause about the same things. */
function relativeAux(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  return RELATIVE_PRONOUNS.has(w) && AUXILIARIES.has(tokens[k + 1]?.norm ?? '');
}

/**
 * The finite verb of a clause whose subject was modified by a participle or a progressive: "14
 * drones launched by Ukraine were downed", "drones heading for Moscow that were shot down".
 */
export function finiteVerbLater(tokens: readonly Token[], from: number): ActionHit | null {
  for (let k = from; k < tokens.length && k < from + 10; k++) {
    const t = tokens[k]!;
    if (relativeAux(tokens, k)) return verbAfter(tokens, k + 1);
    if (isBreak(t) || t.kind === 'num' || t.norm === 'and') return null;
    if (AUXILIARIES.has(t.norm)) return verbAfter(tokens, k);
    // "a woman injured in the attack died": a verb that is never a participle needs no auxiliary.
    const hit = phraseAt(tokens, k);
    if (hit?.phrase.finite) return NEGATIONS.has(tokens[k - 1]?.norm ?? '') ? null : hit;
  }
  return null;
}

/** How far after a figure's verb a second, coordinated verb may stand. */
const COORDINATION_REACH = 8;

/**
 * "over 70 drones targeted the Russian capital and were shot down": a second verb joined by "and"
 * to the first, saying something else happened to the same things.
 */
export function coordinatedVerb(tokens: readonly Token[], verb: ActionHit): ActionHit | null {
  const from = verb.at + verb.length;
  for (let k = from; k < tokens.length && k < from + COORDINATION_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num' || isBreak(t)) return null;
    if (t.norm !== 'and') continue;
    let j = k + 1;
    while (tokens[j] && VERB_FILLERS.has(tokens[j]!.norm) && !phraseAt(tokens, j)) j++;
    const hit = phraseAt(tokens, j);
    // "… and injured 12 people" counts its own number; only a verb with no number of its own.
    if (!hit || hit.phrase.nominal || tokens[j + hit.length]?.kind === 'num') return null;
    return NEGATIONS.has(tokens[j - 1]?.norm ?? '') ? null : hit;
  }
  return null;
}

/** Does a noun phrase ending in a weapon or people noun start at `k` ("multiple cruise missiles")? */
function conjoinedPhraseEnd(tokens: readonly Token[], k: number): number | null {
  for (let j = k; j < tokens.length && j < k + 7; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.norm !== '-') return null;
    if (CLAUSE_BREAKERS.has(t.norm) || SPEECH_VERBS.has(t.norm)) return null;
    if (WEAPON_NOUN.has(t.norm) || PEOPLE_NOUN.has(t.norm)) return headEnd(tokens, j);
    if (phraseAt(tokens, j)) return null;
  }
  return null;
}

/** The last token of a head that may continue: "Geran-2 drones", "Shahed-type attack drones". */
function headEnd(tokens: readonly Token[], j: number): number {
  let end = j;
  for (let k = j + 1; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k]!;
    if (t.norm === '-' || (t.kind === 'num' && tokens[k - 1]?.norm === '-')) continue;
    if (WEAPON_NOUN.has(t.norm) || PEOPLE_NOUN.has(t.norm)) end = k;
    else if (t.norm !== 'type' && t.norm !== 'attack') break;
  }
  return end;
}

/** ", a 67-year-old woman and her husband," : an aside between a subject and its verb. */
function asideEnd(tokens: readonly Token[], comma: number): number | null {
  for (let k = comma + 1; k < tokens.length && k < comma + 24; k++) {
    const t = tokens[k]!;
    if (t.norm === ',') return k > comma + 1 ? k : null;
    if (CLAUSE_BREAKERS.has(t.norm) || SPEECH_VERBS.has(t.norm) || phraseAt(tokens, k)) return null;
  }
  return null;
}

/**
 * The clause's verb further on: past a conjoined noun phrase ("400 drones and several missiles
 * targeted …") or a modifier ("three drones heading for the capital were destroyed").
 */
export function verbLater(tokens: readonly Token[], from: number): ActionHit | null {
  let k = from;
  // Where an age may stand: right after the head, or after a head joined to it ("a woman and a
  // man aged 58 were killed").
  let ageAt = from;
  for (let steps = 0; k < tokens.length && steps < 12; steps++) {
    const t = tokens[k]!;
    // "two women aged 54 and 71 were wounded": an age between the people and their verb.
    const age = k === ageAt ? ageEnd(tokens, k) : -1;
    if (age >= 0) {
      k = age + 1;
      continue;
    }
    if (t.norm === ',' && k === from) {
      const end = asideEnd(tokens, k);
      if (end !== null) {
        k = end + 1;
        continue;
      }
    }
    if (relativeAux(tokens, k)) return verbAfter(tokens, k + 1);
    if (t.kind === 'num' || isBreak(t) || SPEECH_VERBS.has(t.norm)) return null;
    if (t.norm === 'and' || t.norm === 'or') {
      const end = conjoinedPhraseEnd(tokens, k + 1);
      if (end === null) return null;
      k = closingQuote(tokens, end + 1) ? end + 2 : end + 1;
      ageAt = k;
      continue;
    }
    const hit = phraseAt(tokens, k);
    if (hit && !hit.phrase.nominal && !hit.phrase.progressive) {
      return NEGATIONS.has(tokens[k - 1]?.norm ?? '') ? null : hit;
    }
    k += hit ? hit.length : 1;
  }
  return null;
}

/** Does this token name a side as a noun: "Russia", "Kyiv", not "Russian" or "Russia's"? */
function namesSide(t: Token | undefined): boolean {
  if (!t || SIDE_WORD.get(t.norm) === undefined || SIDE_ADJECTIVE.get(t.norm) !== undefined)
    return false;
  return !t.norm.endsWith("'s");
}

/**
 * The verb before a figure that takes it as object ("shot down at least 26 drones", "the downing
 * of 142 drones", "attacked with 728 drones and 13 missiles"), within the same clause.
 */
export function verbBefore(
  tokens: readonly Token[],
  from: number,
  accept: (hit: ActionHit) => boolean,
): ActionHit | null {
  let sawWith = false;
  for (let k = from; k >= 0 && k > from - VERB_BEFORE_REACH; k--) {
    const t = tokens[k]!;
    if (t.norm === 'with') sawWith = true;
    // "598 drones …, as well as 31 missiles": "as well as" joins a list like "and".
    if (t.norm === 'as' && tokens[k - 1]?.norm === 'well' && tokens[k - 2]?.norm === 'as') {
      k -= 2;
      continue;
    }
    // "Russia attacks Ukraine with 48 drones": after a side's name, "attacks" is its verb.
    if (sawWith && SIDE_ATTACK_VERBS.has(t.norm) && namesSide(tokens[k - 1])) {
      const verb: ActionHit = { phrase: SIDE_ATTACK, at: k, length: 1, neutralized: false };
      if (accept(verb)) return verb;
    }
    const hit = phraseEndingAt(tokens, k);
    if (hit) {
      if (hit.phrase.attack) {
        // "struck Kyiv with 20 missiles" launched them; "hit 20 drones" says nothing.
        if (sawWith) return { ...hit, phrase: { ...hit.phrase, action: 'launched' } };
      } else if (accept(hit)) return NEGATIONS.has(tokens[hit.at - 1]?.norm ?? '') ? null : hit;
      k = hit.at;
      continue;
    }
    // Lists and asides ("728 drones, 13 missiles", "projectiles—including 404 drones") stay in
    // the clause; other punctuation and clause words end it.
    // A quoted verb ("said it “intercepted and destroyed” 144 drones") is still the verb.
    const listMark = t.norm === ',' || t.norm === '—' || t.norm === '–' || QUOTES.has(t.norm);
    if ((!listMark && isBreak(t)) || SPEECH_VERBS.has(t.norm)) return null;
  }
  return null;
}
