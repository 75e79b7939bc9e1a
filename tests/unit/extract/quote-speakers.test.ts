import { describe, expect, it } from 'vitest';
import { quoteClosers } from '../../../lib/extract/quote-speakers';
import { tokenize } from '../../../lib/extract/tokens';

const closers = (...sentences: string[]) =>
  quoteClosers(sentences.map((text) => ({ text, tokens: tokenize(text) })));

describe('quoteClosers', () => {
  it('points every sentence of a quotation to the sentence that closes it', () => {
    expect([...closers('He spoke.', '"One. ', 'Two. ', 'Three," he said.', 'Four.')!]).toEqual([
      -1, 3, 3, -1, -1,
    ]);
    expect([...closers('“One.', 'Two,” she said.')!]).toEqual([1, -1]);
  });

  it('finds none in a paragraph whose quotations end in the sentence they open', () => {
    expect(closers('"One," he said.', 'She said: “Two.”', 'Three.')).toBeNull();
  });

  it('leaves a quotation that runs past the paragraph with no closer', () => {
    expect(closers('"One.', 'Two.')).toBeNull();
  });
});
