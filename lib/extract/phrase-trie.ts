import { tokenize, type Token } from './tokens';

/** A trie over token norms: vocabulary phrases looked up in time bounded by the longest phrase. */
export interface PhraseTrie<T> {
  next: Map<string, PhraseTrie<T>>;
  value?: T;
  /** A root's bit in `FIRST_WORDS` and in tokens' `phraseStarts`; 0 when it has none. */
  bit?: number;
}

/**
 * The bits of the tries that have a phrase starting with a word, and of the word classes it is
 * in, by the word. A token looks its word up once, the first time any trie or class is asked
 * about it, and keeps the bits: each then answers with one bit test instead of a lookup.
 */
const FIRST_WORDS = new Map<string, number>();
/** Bits handed out so far. */
let bits = 0;
/** At most this many: `cuesOf` packs them above a word's cue bits into one small integer. */
const MAX_BITS = 20;
/**
 * Set by the first lookup: bits kept on tokens from then on would not know a trie built later, so
 * a later trie gets no bit and looks its first words up itself. Every trie is built at load time.
 */
let looked = false;

/** One phrase found at a token position. */
export interface PhraseMatch<T> {
  value: T;
  /** Index of the phrase's last token. */
  last: number;
}

/** The characters the tokenizer skips between tokens (`isSpace` in tokens.ts), and only those. */
const TOKEN_SPACES = /[ \t\n\r\u00a0\u202f\u2009]+/;
/**
 * The norms of `phrase`'s tokens: `tokenize(phrase).map((t) => t.norm)`, computed from its
 * space-separated chunks. Tables generate thousands of phrases from a few hundred words
 * ("governor of the Kharkiv region"), and a content script builds them on every page load before
 * the first badge: each chunk is tokenized once per `chunks` (chunk to its words). A space always
 * ends a token except between digit groups ("12 500"), so a phrase with a digit is tokenized whole.
 */
export function phraseWords(
  phrase: string,
  chunks: Map<string, readonly string[]> = new Map(),
): readonly string[] {
  if (/\d/.test(phrase)) return tokenize(phrase).map((t) => t.norm);
  const words: string[] = [];
  for (const chunk of phrase.split(TOKEN_SPACES)) {
    if (!chunk) continue;
    let known = chunks.get(chunk);
    if (!known) {
      known = tokenize(chunk).map((t) => t.norm);
      chunks.set(chunk, known);
    }
    for (const w of known) words.push(w);
  }
  return words;
}

/**
 * Builds a trie from `[phrase, value]` pairs. Phrases are tokenized with the same tokenizer as the
 * text, so "St. Petersburg" or "Russia’s" in a table match exactly what the text yields. The first
 * value given for a phrase wins, so hand-written entries listed first beat generated ones.
 */
export function buildPhraseTrie<T>(entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  const root: PhraseTrie<T> = { next: new Map() };
  const chunks = new Map<string, readonly string[]>();
  for (const [phrase, value] of entries) {
    let node = root;
    const words = phraseWords(phrase, chunks);
    if (words.length === 0) continue;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  if (!looked && bits < MAX_BITS) {
    const bit = 1 << bits++;
    root.bit = bit;
    for (const w of root.next.keys()) FIRST_WORDS.set(w, (FIRST_WORDS.get(w) ?? 0) | bit);
  }
  return root;
}

/** A set of words a token can be tested against with one bit test (see {@link wordClass}). */
export interface WordClass {
  /** Its bit in tokens' `phraseStarts`; 0 when made too late to have one. */
  bit: number;
  words: ReadonlySet<string>;
}

/**
 * A word list tested on many tokens: a token looks its word up once (see `startsOf`) and knows
 * from then on whether it is in every class made at load time. `words` must not change.
 */
export function wordClass(words: ReadonlySet<string>): WordClass {
  if (looked || bits >= MAX_BITS) return { bit: 0, words };
  const bit = 1 << bits++;
  for (const w of words) FIRST_WORDS.set(w, (FIRST_WORDS.get(w) ?? 0) | bit);
  return { bit, words };
}

/** Is `t`'s word in class `c`? */
export function inClass(t: Token, c: WordClass): boolean {
  return c.bit ? (startsOf(t) & c.bit) !== 0 : c.words.has(t.norm);
}

/**
 * The bits of the tries that have a phrase starting with each word, by the word, for a caller
 * that looks every token's word up anyway (`cuesOf`) and sets `phraseStarts` from it. Tries
 * built after this call get no bit.
 */
export function phraseStartsByWord(): ReadonlyMap<string, number> {
  looked = true;
  return FIRST_WORDS;
}

/** The bits of the tries with a phrase starting at `t`'s word, looked up once per token. */
function startsOf(t: Token): number {
  let known = t.phraseStarts ?? -1;
  if (known < 0) {
    looked = true;
    known = FIRST_WORDS.get(t.norm) ?? 0;
    t.phraseStarts = known;
  }
  return known;
}

const NONE: readonly never[] = [];

/** Every phrase of `trie` that starts at token `i`, longest first. */
export function phrasesAt<T>(
  trie: PhraseTrie<T>,
  tokens: readonly Token[],
  i: number,
): readonly PhraseMatch<T>[] {
  // Most words begin no phrase: answer them without allocating.
  const t = tokens[i];
  if (!t) return NONE;
  if (trie.bit ? (startsOf(t) & trie.bit) === 0 : !trie.next.has(t.norm)) return NONE;
  const found: PhraseMatch<T>[] = [];
  let node: PhraseTrie<T> | undefined = trie;
  for (let k = i; k < tokens.length; k++) {
    node = node.next.get(tokens[k]!.norm);
    if (!node) break;
    if (node.value !== undefined) found.push({ value: node.value, last: k });
  }
  return found.reverse();
}

/** The longest phrase of `trie` that starts at token `i`, or `null`: `phrasesAt(…)[0]`, no list. */
export function longestPhraseAt<T>(
  trie: PhraseTrie<T>,
  tokens: readonly Token[],
  i: number,
): PhraseMatch<T> | null {
  const t = tokens[i];
  if (!t) return null;
  if (trie.bit ? (startsOf(t) & trie.bit) === 0 : !trie.next.has(t.norm)) return null;
  let node: PhraseTrie<T> | undefined = trie;
  let value: T | undefined;
  let last = -1;
  for (let k = i; k < tokens.length; k++) {
    node = node.next.get(tokens[k]!.norm);
    if (!node) break;
    if (node.value !== undefined) {
      value = node.value;
      last = k;
    }
  }
  return value === undefined ? null : { value, last };
}

/**
 * `items` by the last word of each (`wordsOf`), each list in the items' order: only phrases that
 * end in the word before a number can stand before it, so one lookup there replaces trying every
 * phrase at every number.
 *
 * @throws Error naming `what` when an item has no words (it would stand before any number).
 */
export function byLastWord<T>(
  items: Iterable<T>,
  wordsOf: (item: T) => readonly string[],
  what: string,
): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const last = wordsOf(item).at(-1);
    if (last === undefined) throw new Error(`${what} has no words`);
    const list = out.get(last);
    if (list) list.push(item);
    else out.set(last, [item]);
  }
  return out;
}
