import { tokenize, type Token } from './tokens';

/** A trie over token norms: vocabulary phrases looked up in time bounded by the longest phrase. */
export interface PhraseTrie<T> {
  next: Map<string, PhraseTrie<T>>;
  value?: T;
}

/** One phrase found at a token position. */
export interface PhraseMatch<T> {
  value: T;
  /** Index of the phrase's last token. */
  last: number;
}

/**
 * Builds a trie from `[phrase, value]` pairs. Phrases are tokenized with the same tokenizer as the
 * text, so "St. Petersburg" or "Russia’s" in a table match exactly what the text yields. The first
 * value given for a phrase wins, so hand-written entries listed first beat generated ones.
 */
export function buildPhraseTrie<T>(entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  const root: PhraseTrie<T> = { next: new Map() };
  for (const [phrase, value] of entries) {
    let node = root;
    const words = tokenize(phrase).map((t) => t.norm);
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
  return root;
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
  if (!t || !trie.next.has(t.norm)) return NONE;
  const found: PhraseMatch<T>[] = [];
  let node: PhraseTrie<T> | undefined = trie;
  for (let k = i; k < tokens.length; k++) {
    node = node.next.get(tokens[k]!.norm);
    if (!node) break;
    if (node.value !== undefined) found.push({ value: node.value, last: k });
  }
  return found.reverse();
}
