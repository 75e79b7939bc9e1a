import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Gazetteer from '../../../lib/extract/places/gazetteer';
import type * as Trie from '../../../lib/extract/phrase-trie';
import { tokenize } from '../../../lib/extract/tokens';

// The content script evaluates on every page of a news site; only a story's read needs the
// extractor's tables. These tests load fresh copies of the modules, as a page does.

const ENTRIES: [string, number][] = [
  ['the air force', 1],
  ['air force', 2],
  ['the air defence forces', 3],
  ['governor of Kharkiv', 4],
];

async function freshTrie(): Promise<typeof Trie> {
  vi.resetModules();
  return import('../../../lib/extract/phrase-trie');
}

afterEach(() => {
  vi.doUnmock('../../../lib/extract/places/gazetteer');
  vi.resetModules();
});

describe('lazy phrase tries', () => {
  it('make their phrases only at the first lookup, and find what a whole build finds', async () => {
    const trie = await freshTrie();
    const entries = vi.fn(() => ENTRIES);
    const lazy = trie.lazyPhraseTrie(entries);
    const whole = trie.buildPhraseTrie(ENTRIES);
    expect(entries).not.toHaveBeenCalled();

    const tokens = tokenize('Then the air force said the governor of Kharkiv was wrong.');
    for (let i = 0; i < tokens.length; i++) {
      expect(trie.phrasesAt(lazy, tokens, i)).toEqual(trie.phrasesAt(whole, tokens, i));
      expect(trie.longestPhraseAt(lazy, tokens, i)).toEqual(trie.longestPhraseAt(whole, tokens, i));
    }
    expect(entries).toHaveBeenCalledTimes(1);
    // Filled before the first lookup, it has its bit as a trie built at load time does.
    expect(lazy.bit).toBeGreaterThan(0);
    expect(trie.phrasesAt(lazy, tokens, 1).map((m) => m.value)).toEqual([1]);
    expect(trie.phrasesAt(lazy, tokens, 2).map((m) => m.value)).toEqual([2]);
  });

  it('are filled before the first word-class test, so their first words are known', async () => {
    const trie = await freshTrie();
    const entries = vi.fn(() => ENTRIES);
    const lazy = trie.lazyPhraseTrie(entries);
    const said = trie.wordClass(new Set(['said']));
    const [the] = tokenize('the');
    expect(trie.inClass(the!, said)).toBe(false);
    expect(entries).toHaveBeenCalledTimes(1);
    expect(trie.phraseStartsByWord().get('the')! & lazy.bit!).toBeTruthy();
  });

  it('made after the first lookup, are filled at once', async () => {
    const trie = await freshTrie();
    trie.phraseStartsByWord();
    const entries = vi.fn(() => ENTRIES);
    const late = trie.lazyPhraseTrie(entries);
    expect(entries).toHaveBeenCalledTimes(1);
    const tokens = tokenize('air force');
    expect(trie.longestPhraseAt(late, tokens, 0)).toEqual({ value: 2, last: 1 });
  });
});

/** A fresh extractor whose gazetteer tells `built` each time it is asked for. */
async function watchedExtractor(built: () => void) {
  vi.resetModules();
  vi.doMock('../../../lib/extract/places/gazetteer', async (original) => {
    const real = await original<typeof Gazetteer>();
    return {
      ...real,
      gazetteer: () => {
        built();
        return real.gazetteer();
      },
    };
  });
  return import('../../../lib/extract/index');
}

describe('the gazetteer', () => {
  it('is built by prepareExtractor, before any read', async () => {
    const built = vi.fn();
    const { prepareExtractor } = await watchedExtractor(built);
    expect(built).not.toHaveBeenCalled();
    prepareExtractor();
    expect(built).toHaveBeenCalled();
  });

  it('is not built when the extractor loads, only when it first reads a story', async () => {
    const built = vi.fn();
    const { extractMentions } = await watchedExtractor(built);
    expect(built).not.toHaveBeenCalled();
    const found = extractMentions('Russia launched 40 drones at Kharkiv overnight, Kyiv said.', {
      published: '2025-07-20',
    });
    expect(built).toHaveBeenCalled();
    expect(found.map((m) => m.place?.name)).toEqual(['Kharkiv']);
  });
});
