import type { Group } from '../claims/mention';
import type { Token } from './tokens';
import { phraseAt } from './phrases';
import { CASUALTY_HEAD_MODIFIERS, type Casualty } from './vocabulary/actions';
import { CLAUSE_BREAKERS, PHRASE_STOPS, QUOTES, SPEECH_VERBS } from './vocabulary/function-words';
import {
  AERIAL_NOUNS,
  DEFENDED_HEADS,
  DESIGNATED_NAMES,
  HIT_NOUNS,
  WEAPON_COMPOUNDS,
  WEAPON_DOMAINS,
  WEAPON_KIND_ADJECTIVES,
  type WeaponClass,
} from './vocabulary/weapons';
import {
  PEOPLE_NOUN,
  PEOPLE_SIDE_WORD,
  CASUALTY_HEAD,
  WEAPON_NOUN,
  WEAPON_COMPOUND,
  WEAPON_SIDE_WORD,
  LAUNCHER_COUNTRY,
} from './word-lookup';

export type FigureClass = WeaponClass | 'aerial' | 'people';

/** The noun phrase a number counts: "26 Ukrainian drones", "two civilians", "12 dead". */
export interface NounPhrase {
  cls: FigureClass;
  /** Token index of the head noun (the phrase's last token). */
  last: number;
  group: Group;
  /** The side a modifier names: for weapons the launcher, for people the victims' side. */
  side: 'RU' | 'UA' | null;
  /** Set when the head itself is the outcome: "12 dead", "40 wounded". */
  casualty: Casualty | null;
  /** Set when a noun after the weapon says it struck: "12 drone hits". */
  hit?: true;
  /** Set when the head counts weapons only as air defence's object: "100 targets were downed". */
  defended?: true;
}

/** Modifiers a phrase may have before its head: "23 Iranian-designed Shahed attack drones". */
const MAX_MODIFIERS = 5;

function otherWeapon(cls: WeaponClass, w: string): boolean {
  const c = WEAPON_NOUN.get(w);
  return c !== undefined && c !== cls;
}

/** Extends a weapon head over "drones and missiles" (one number for both: aerial). */
function extendWeapon(tokens: readonly Token[], k: number, cls: WeaponClass): NounPhrase {
  let last = k;
  let out: FigureClass = cls;
  // "Shahed-type drones", "Shahed attack drones": the head is the last weapon noun.
  for (let j = k + 1; j < tokens.length && j < k + 8; j++) {
    const w = tokens[j]!.norm;
    if (w === '-' || w === 'type' || WEAPON_KIND_ADJECTIVES.has(w)) continue;
    if (designation(tokens, j)) {
      // "Shahed-136s were shot down": the model number ends the phrase when no noun follows.
      last = j;
      continue;
    }
    if (WEAPON_NOUN.has(w)) last = j;
    break;
  }
  // "five direct missile hits": the things counted are the weapons that struck.
  if (HIT_NOUNS.has(tokens[last + 1]?.norm ?? '')) {
    return { cls, last: last + 1, group: null, side: null, casualty: null, hit: true };
  }
  const joiner = tokens[last + 1]?.norm;
  if (joiner === 'and' || joiner === 'or' || joiner === '&') {
    let j = last + 2;
    // 'missiles and "Shaheds"': the second name in the source's quotation marks.
    if (QUOTES.has(tokens[j]?.norm ?? '')) j++;
    while (tokens[j] && WEAPON_KIND_ADJECTIVES.has(tokens[j]!.norm)) j++;
    if (tokens[j] && otherWeapon(cls, tokens[j]!.norm)) {
      out = 'aerial';
      last = j;
      const close = tokens[j + 1];
      if (close && QUOTES.has(close.norm) && close.start === tokens[j]!.end) last = j + 1;
    } else if (tokens[j] && WEAPON_NOUN.get(tokens[j]!.norm) === cls) {
      // "500 drones and decoys were launched": two names for one count.
      last = j;
    }
  }
  return { cls: out, last, group: null, side: null, casualty: null };
}

/**
 * Is token `k` part of a model designation: the number of "Geran-2", or the slash and number of
 * "Shahed-136/131"?
 */
function designation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1]?.norm;
  if (t.kind === 'num')
    return before === '-' || before === '/' || DESIGNATED_NAMES.has(before ?? '');
  // "Shahed-136s": the plural written onto the model number.
  const prev = tokens[k - 1];
  if (t.norm === 's' && prev?.kind === 'num' && prev.end === t.start) return true;
  // "Iskander-M", "Iskander-K": a letter for the model, written onto the name.
  if (t.kind === 'word' && t.raw.length <= 2 && before === '-' && prev!.end === t.start)
    return true;
  return t.norm === '/' && prev?.kind === 'num' && tokens[k + 1]?.kind === 'num';
}

/**
 * Is token `k` a quotation mark around a modifier the source's words gave: `70 "decoy" drones`? It
 * opens onto the word after it, or closes onto a word of the phrase before it.
 */
function quoteMark(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k]!;
  if (!QUOTES.has(t.norm)) return false;
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  if (next?.kind === 'word' && next.start === t.end) return true;
  return k > from && before?.kind === 'word' && before.end === t.start;
}

function stops(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') return t.norm !== '-';
  return PHRASE_STOPS.has(t.norm) || CLAUSE_BREAKERS.has(t.norm) || SPEECH_VERBS.has(t.norm);
}

/** The first words of the two-word heads, each a single token's word. */
const COMPOUND_FIRSTS: ReadonlySet<string> = new Set(
  Object.keys(WEAPON_COMPOUNDS).map((pair) => pair.split(' ')[0]!),
);

/**
 * Reads the noun phrase that starts at token `from` (right after a number). Returns null when the
 * number counts something that is not a figure ("nine Russian regions", "134 aircraft") or nothing.
 */
export function nounPhraseAt(tokens: readonly Token[], from: number): NounPhrase | null {
  let side: 'RU' | 'UA' | null = null;
  let modifiers = 0;
  for (let k = from; k < tokens.length && modifiers <= MAX_MODIFIERS; k++) {
    const t = tokens[k]!;
    const w = t.norm;
    if (t.kind === 'punct') {
      // "Thirteen [drones] were shot down": an editor's word in brackets is the text's own.
      if (w === '-' || w === '[' || w === ']') continue;
      if (designation(tokens, k) || quoteMark(tokens, k, from)) continue;
      return null;
    }
    if (t.kind === 'num') {
      if (designation(tokens, k)) continue;
      return null;
    }
    // Only a compound's first word can open one: no pair to build for the others.
    const compound = COMPOUND_FIRSTS.has(w)
      ? WEAPON_COMPOUND.get(`${w} ${tokens[k + 1]?.norm ?? ''}`)
      : undefined;
    if (compound) {
      const np: NounPhrase = {
        cls: compound,
        last: k + 1,
        group: null,
        side: null,
        casualty: null,
      };
      return { ...np, side: side ?? WEAPON_SIDE_WORD.get(w) ?? null };
    }
    if (AERIAL_NOUNS.has(w)) {
      return { cls: 'aerial', last: k, group: null, side, casualty: null };
    }
    if (DEFENDED_HEADS.has(w)) {
      return { cls: 'aerial', last: k, group: null, side, casualty: null, defended: true };
    }
    const weapon = WEAPON_NOUN.get(w);
    // "14 Tu-95 missile-carrying aircraft": a weapon hyphened onto a participle is a modifier.
    if (weapon && participleOnto(tokens, k)) {
      modifiers++;
      continue;
    }
    if (weapon) {
      const np = extendWeapon(tokens, k, weapon);
      return { ...np, side: side ?? WEAPON_SIDE_WORD.get(w) ?? null };
    }
    if (PEOPLE_NOUN.has(w)) {
      const ps = modifiersSide(tokens, from, k);
      return { cls: 'people', last: k, group: PEOPLE_NOUN.get(w)!, side: ps, casualty: null };
    }
    const casualty = CASUALTY_HEAD.get(w);
    if (casualty && modifiers <= 1) {
      return { cls: 'people', last: k, group: null, side: null, casualty };
    }
    // "22 reported injuries": a participle of saying that only modifies the casualty after it.
    if (CASUALTY_HEAD_MODIFIERS.has(w) && CASUALTY_HEAD.get(tokens[k + 1]?.norm ?? '')) {
      modifiers++;
      continue;
    }
    // "13 cruise and ballistic missiles", "100 air and seaborne drones": kinds or domains
    // joined before one head.
    const before = tokens[k - 1]?.norm ?? '';
    const after = tokens[k + 1]?.norm ?? '';
    const kinds =
      (w === 'and' || w === 'or') &&
      ((WEAPON_KIND_ADJECTIVES.has(before) && WEAPON_KIND_ADJECTIVES.has(after)) ||
        (WEAPON_DOMAINS.has(before) && WEAPON_DOMAINS.has(after)));
    if (kinds) continue;
    // "29 Russia-launched drones", "Iranian-made Shaheds": a participle hyphened onto the word
    // before it is half of one modifier, not the verb of a clause.
    if (hyphenedOn(tokens, k)) {
      side = side ?? LAUNCHER_COUNTRY.get(tokens[k - 2]!.norm) ?? WEAPON_SIDE_WORD.get(w) ?? null;
      modifiers++;
      continue;
    }
    // "598 strike drones": a kind of weapon, even where the word can be a verb.
    const kind = WEAPON_KIND_ADJECTIVES.has(w);
    if (stops(t) || (!kind && phraseAt(tokens, k))) return null;
    side = side ?? WEAPON_SIDE_WORD.get(w) ?? null;
    modifiers++;
  }
  return null;
}

/** Is the word at `k` written onto a hyphen and a participle: "missile" of "missile-carrying"? */
function participleOnto(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 2];
  return (
    next !== undefined &&
    next.kind === 'word' &&
    hyphenedOn(tokens, k + 2) &&
    (next.norm.endsWith('ing') || next.norm.endsWith('ed'))
  );
}

/** Is token `k` a word written onto a hyphen that is written onto a word: "launched" of "Russia-launched"? */
function hyphenedOn(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k - 1];
  const before = tokens[k - 2];
  return (
    dash?.norm === '-' &&
    before?.kind === 'word' &&
    dash.start === before.end &&
    tokens[k]!.start === dash.end
  );
}

function modifiersSide(tokens: readonly Token[], from: number, to: number): 'RU' | 'UA' | null {
  for (let k = from; k < to; k++) {
    const s = PEOPLE_SIDE_WORD.get(tokens[k]!.norm);
    if (s) return s;
  }
  return null;
}
