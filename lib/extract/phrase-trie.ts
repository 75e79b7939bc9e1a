import { CHUNK_RUN, SPACE_RUN, tokenize, type Token } from './tokens';

/**
 * A trie over token norms: vocabulary phrases looked up in time bounded by the longest phrase.
 * Below its first words a trie grows as lookups pass (see `expand`): a content script builds the
 * tries on every page load before the first badge, and a page passes through few of their nodes.
 */
export interface PhraseTrie<T> {
  next: Map<string, PhraseTrie<T>>;
  value?: T;
  /** A root's bit in `FIRST_WORDS` and in tokens' `phraseStarts`; 0 when it has none. */
  bit?: number;
  /** Phrases through this node not yet spread into `next` and `value`, in the tables' order. */
  pending?: Pending<T>[];
}

/** A phrase on its way down a trie: its words (once split) and the index of the next one. */
interface Pending<T> {
  phrase: string;
  words: readonly string[] | null;
  at: number;
  value: T;
}

/** Words of each chunk of the vocabulary's phrases (see phraseWords), kept for lazy tries. */
const CHUNK_WORDS = new Map<string, readonly string[]>();

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
 * a later trie gets no bit and looks its first words up itself. Every trie is made at load time,
 * and those made with {@link lazyPhraseTrie} are filled just before the first lookup.
 */
let looked = false;

/** Tries made with {@link lazyPhraseTrie} whose phrases are not in yet, in the order made. */
const unfilled: (() => void)[] = [];

/** One phrase found at a token position. */
export interface PhraseMatch<T> {
  value: T;
  /** Index of the phrase's last token. */
  last: number;
}

const DIGIT = /\d/;
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
  if (DIGIT.test(phrase)) return tokenize(phrase).map((t) => t.norm);
  const words: string[] = [];
  for (const chunk of phrase.split(SPACE_RUN)) {
    if (chunk) for (const w of chunkWords(chunk, chunks)) words.push(w);
  }
  return words;
}

/** The norms of one chunk's tokens, tokenized once per `chunks`. */
function chunkWords(chunk: string, chunks: Map<string, readonly string[]>): readonly string[] {
  let known = chunks.get(chunk);
  if (!known) {
    known = tokenize(chunk).map((t) => t.norm);
    chunks.set(chunk, known);
  }
  return known;
}

/** The words of a digit-free phrase's first chunk (its first word first), or `undefined`. */
function firstChunkWords(phrase: string): readonly string[] | undefined {
  const m = CHUNK_RUN.exec(phrase);
  return m ? chunkWords(m[0], CHUNK_WORDS) : undefined;
}

/**
 * Builds a trie from `[phrase, value]` pairs. Phrases are tokenized with the same tokenizer as the
 * text, so "St. Petersburg" or "Russia’s" in a table match exactly what the text yields. The first
 * value given for a phrase wins, so hand-written entries listed first beat generated ones.
 */
export function buildPhraseTrie<T>(entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  return fill({ next: new Map() }, entries);
}

/**
 * A trie as {@link buildPhraseTrie} makes it, whose phrases are made and put in only before the
 * first lookup of any trie or word class: a content script evaluates on every page of a news site,
 * and only a story's read looks anything up. Make it when the module loads, as any other trie.
 */
export function lazyPhraseTrie<T>(entries: () => Iterable<readonly [string, T]>): PhraseTrie<T> {
  const root: PhraseTrie<T> = { next: new Map() };
  if (looked) return fill(root, entries());
  unfilled.push(() => fill(root, entries()));
  return root;
}

/** Fills the tries waiting for their phrases, in the order they were made. */
function fillWaiting(): void {
  for (const fillOne of unfilled.splice(0)) fillOne();
}

/** Puts `entries` into the empty trie `root` and gives it its bit, if bits are still given. */
function fill<T>(root: PhraseTrie<T>, entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  for (const [phrase, value] of entries) {
    // Only the first word is needed now: it says which child holds the phrase.
    const words = DIGIT.test(phrase) ? phraseWords(phrase, CHUNK_WORDS) : null;
    const first = words ? words[0] : firstChunkWords(phrase)?.[0];
    if (first === undefined) continue;
    let child = root.next.get(first);
    if (!child) {
      child = { next: new Map(), pending: [] };
      root.next.set(first, child);
    }
    child.pending!.push({ phrase, words, at: 1, value });
  }
  if (!looked && bits < MAX_BITS) {
    const bit = 1 << bits++;
    root.bit = bit;
    for (const w of root.next.keys()) FIRST_WORDS.set(w, (FIRST_WORDS.get(w) ?? 0) | bit);
  }
  return root;
}

/**
 * Spreads `node`'s pending phrases one level down: a phrase that ends here gives the node its
 * value, unless one before it in the tables did (the first value wins, as when built whole).
 * Each node's pending list keeps the tables' order, so every node ends as a whole build makes it.
 */
function expand<T>(node: PhraseTrie<T>): void {
  const pending = node.pending!;
  node.pending = undefined;
  for (const p of pending) {
    const words = (p.words ??= phraseWords(p.phrase, CHUNK_WORDS));
    if (p.at === words.length) {
      if (node.value === undefined) node.value = p.value;
      continue;
    }
    const w = words[p.at]!;
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), pending: [] };
      node.next.set(w, child);
    }
    p.at += 1;
    child.pending!.push(p);
  }
}

/** The child of `node` for `word`, grown first if lookups had not passed it yet. */
function childOf<T>(node: PhraseTrie<T>, word: string): PhraseTrie<T> | undefined {
  const child = node.next.get(word);
  if (child?.pending) expand(child);
  return child;
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
  if (unfilled.length > 0) fillWaiting();
  looked = true;
  return FIRST_WORDS;
}

/** The bits of the tries with a phrase starting at `t`'s word, looked up once per token. */
function startsOf(t: Token): number {
  let known = t.phraseStarts ?? -1;
  if (known < 0) {
    if (unfilled.length > 0) fillWaiting();
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
  if (unfilled.length > 0) fillWaiting();
  if (trie.bit ? (startsOf(t) & trie.bit) === 0 : !trie.next.has(t.norm)) return NONE;
  const found: PhraseMatch<T>[] = [];
  let node: PhraseTrie<T> | undefined = trie;
  for (let k = i; k < tokens.length; k++) {
    node = childOf(node, tokens[k]!.norm);
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
  if (unfilled.length > 0) fillWaiting();
  if (trie.bit ? (startsOf(t) & trie.bit) === 0 : !trie.next.has(t.norm)) return null;
  let node: PhraseTrie<T> | undefined = trie;
  let value: T | undefined;
  let last = -1;
  for (let k = i; k < tokens.length; k++) {
    node = childOf(node, tokens[k]!.norm);
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
