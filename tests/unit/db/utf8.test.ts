import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_BYTES, utf8Text } from '../../../lib/db/utf8';

const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('utf8Text', () => {
  it('gives back any text, short or long, ASCII or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
        expect(utf8Text(bytesOf(s))).toBe(s);
      }),
    );
    for (const s of [
      '',
      'c_00ff',
      'drones.downed\u001f2025-07-11\u001fUA-63\u001f0000',
      'Харків ✓ 🚀',
    ])
      expect(utf8Text(bytesOf(s))).toBe(s);
    const long = 'x'.repeat(SHORT_TEXT_BYTES + 1);
    expect(utf8Text(bytesOf(long))).toBe(long);
  });

  it('gives back texts of one length one after another, each its own', () => {
    const texts = ['c_0001', 'c_0002', 'Харк', 'zz_999', 'c_0001'].concat(
      ['a', 'b'].map((c) => c.repeat(200)),
    );
    expect(texts.map((t) => utf8Text(bytesOf(t)))).toEqual(texts);
  });

  it('reads only the bytes of a view, not the rest of its buffer', () => {
    const all = bytesOf('abc|Харків|xyz');
    const mid = all.subarray(4, all.length - 4);
    expect(utf8Text(mid)).toBe('Харків');
    expect(utf8Text(all.subarray(0, 3))).toBe('abc');
  });
});
