import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffParagraphs } from '../../../lib/extract/paragraph-diff';
import { splitParagraphs } from '../../../lib/extract/read-text';

/** The new text's paragraphs as the diff gives them: the head and tail from the last read. */
function rebuilt(last: string, text: string) {
  const kept = splitParagraphs(last);
  const { head, tail, by, middle } = diffParagraphs(last, kept, text);
  return [
    ...kept.slice(0, head),
    ...middle,
    ...kept.slice(kept.length - tail).map((p) => ({ start: p.start + by, text: p.text })),
  ];
}

// Few letters and many line breaks: texts full of short, equal and empty paragraphs.
const texts = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 60 });

describe('diffParagraphs', () => {
  it('gives exactly the paragraphs of the new text, for any two texts', () => {
    fc.assert(
      fc.property(texts, texts, (last, text) => {
        expect(rebuilt(last, text)).toEqual(splitParagraphs(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives exactly the paragraphs of a text edited in one place', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(5), texts, (last, at, cut, put) => {
        const i = at % (last.length + 1);
        const text = last.slice(0, i) + put + last.slice(i + cut);
        expect(rebuilt(last, text)).toEqual(splitParagraphs(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('looks at no paragraph but the edited one in a long text', () => {
    const last = Array.from({ length: 5000 }, (_, i) => `Entry ${i}: 12 drones were downed.`).join(
      '\n\n',
    );
    const edited = last.replace('Entry 2500:', 'Entry 2500 (updated):');
    const diff = diffParagraphs(last, splitParagraphs(last), edited);
    expect(diff.middle.map((p) => p.text)).toEqual([
      'Entry 2500 (updated): 12 drones were downed.',
    ]);
    const posted = `Entry new: 40 drones.\n\n${last}`;
    const top = diffParagraphs(last, splitParagraphs(last), posted);
    expect(top.head + top.middle.length).toBeLessThanOrEqual(3);
    expect(top.by).toBe('Entry new: 40 drones.\n\n'.length);
  });
});
