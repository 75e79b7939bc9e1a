import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPhraseTrie,
  longestPhraseAt,
  phrasesAt,
  phraseWords,
} from '../../../lib/extract/phrase-trie';
import { tokenize } from '../../../lib/extract/tokens';

const vocabulary = import.meta.glob('../../../lib/extract/vocabulary/**/*.ts', { eager: true });

/** Every string anywhere in a value: table entries, keys and nested records alike. */
function stringsIn(value: unknown, out: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    const items =
      value instanceof Map ? [...value].flat() : value instanceof Set ? [...value] : null;
    for (const item of items ?? Object.entries(value).flat()) stringsIn(item, out, seen);
  }
  return out;
}

const norms = (phrase: string): string[] => tokenize(phrase).map((t) => t.norm);

/** Characters that make the tokenizer's edges, spaces of every kind among them. */
const PIECES = ['1', '000', ',', ' ', '  ', '\u00a0', '\u2009', '\u2002', '\t', '.', 'a', 'B'];
const MORE = ['é', "'", '\u2019', 'U.S.', '-', 'St.', 'Kyiv’s', 'of', 'the', '12 500', '—'];

describe('phraseWords', () => {
  it('splits every phrase of the vocabulary as the tokenizer splits the text', () => {
    const phrases = stringsIn(vocabulary, new Set());
    expect(phrases.size).toBeGreaterThan(2000);
    const chunks = new Map<string, readonly string[]>();
    for (const phrase of phrases) expect(phraseWords(phrase, chunks)).toEqual(norms(phrase));
  });

  it('agrees with the tokenizer on any text, one cache shared across phrases', () => {
    const chunks = new Map<string, readonly string[]>();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, ...MORE), { maxLength: 30 }).map((p) => p.join('')),
        (phrase) => {
          expect(phraseWords(phrase, chunks)).toEqual(norms(phrase));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('phrase tries', () => {
  const WORDS = ['the', 'governor', 'of', 'kharkiv', 'region', "russia's", 'st.', 'u.s.', '12 500'];

  /** What a trie built whole would answer at `i`: longest first, the first value per phrase. */
  function reference(entries: readonly (readonly [string, number])[], text: string, i: number) {
    const tokens = norms(text);
    const byLength = new Map<number, number>();
    for (const [phrase, value] of entries) {
      const words = norms(phrase);
      if (words.length === 0 || byLength.has(words.length)) continue;
      if (words.every((w, k) => tokens[i + k] === w)) byLength.set(words.length, value);
    }
    return [...byLength]
      .sort((a, b) => b[0] - a[0])
      .map(([length, value]) => ({ value, last: i + length - 1 }));
  }

  it('finds what a trie built whole finds, however lookups grow it', () => {
    const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(phrase, fc.nat(99)), { maxLength: 12 }),
        fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' ')),
        (entries, text) => {
          const trie = buildPhraseTrie(entries);
          const tokens = tokenize(text);
          // Twice: the first lookups grow the trie, the second read it grown.
          for (let round = 0; round < 2; round++) {
            for (let i = 0; i < tokens.length; i++) {
              const want = reference(entries, text, i);
              expect(phrasesAt(trie, tokens, i)).toEqual(want);
              expect(longestPhraseAt(trie, tokens, i)).toEqual(want[0] ?? null);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
