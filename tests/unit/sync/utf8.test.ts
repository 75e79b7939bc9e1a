import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Decoder } from '../../../lib/sync/utf8';

/** `bytes` decoded in pieces cut at `cuts` (positions, in any order), as the sync decodes. */
function inPieces(bytes: Uint8Array, cuts: number[]): string {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const decoder = new Utf8Decoder();
  let text = '';
  let from = 0;
  for (const to of [...at, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, to), { stream: true });
    from = to;
  }
  return text + decoder.decode();
}

const whole = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('Utf8Decoder', () => {
  it('gives what TextDecoder gives for text cut anywhere', () => {
    const text = '\uFEFF{"name": "Київ — desk \u{1F680}", "a": "\uFEFF"}';
    const bytes = utf8(text);
    for (let cut = 0; cut <= bytes.length; cut++)
      expect(inPieces(bytes, [cut])).toBe(text.slice(1));
  });

  it('gives U+FFFD where TextDecoder does: bad bytes, cut characters, at the end', () => {
    for (const bytes of [
      [0x61, 0xe2, 0x82, 0x62], // a cut three-byte character before an ASCII byte
      [0x61, 0xe2, 0x82], // … at the end
      [0x80, 0x61, 0xff, 0xc0, 0xaf, 0x62],
      [0xf0, 0x9f, 0x9a],
      [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61],
    ]) {
      const b = new Uint8Array(bytes);
      for (let cut = 0; cut <= b.length; cut++) expect(inPieces(b, [cut])).toBe(whole(b));
    }
  });

  it('matches TextDecoder on any bytes cut anywhere', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 40 }).map(utf8),
      fc
        .array(fc.constantFrom(0x22, 0x61, 0x80, 0xbf, 0xc3, 0xa9, 0xe2, 0xf0, 0x9f, 0xef, 0xbb))
        .map((a) => new Uint8Array(a)),
    );
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(), { maxLength: 6 }), (b, cuts) => {
        expect(inPieces(b, cuts)).toBe(whole(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a long ASCII run in one piece', () => {
    const text = 'x'.repeat(20_000) + 'é' + 'y'.repeat(9000);
    expect(inPieces(utf8(text), [])).toBe(text);
  });
});
