import { describe, expect, it } from 'vitest';
import { JsonArrayBytes } from '../../../lib/db/json-bytes';

const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as unknown;

describe('JsonArrayBytes', () => {
  it('gives back the elements appended, as one JSON array, whatever their characters', () => {
    const elements = [{ a: 1 }, 'Харків', { quote: '“42” drones — ✓ 🚀' }, [1, 2, 3], null];
    const bytes = new JsonArrayBytes(16);
    for (const e of elements) bytes.append(JSON.stringify(e));
    expect(bytes.count).toBe(elements.length);
    expect(decode(bytes.take())).toEqual(elements);
  });

  it('is empty after each take, and an empty one is an empty array', () => {
    const bytes = new JsonArrayBytes();
    expect(decode(bytes.take())).toEqual([]);
    bytes.append('"first"');
    expect(decode(bytes.take())).toEqual(['first']);
    expect(bytes.count).toBe(0);
    bytes.append('"second"');
    expect(decode(bytes.take())).toEqual(['second']);
  });

  it('grows past its first size, and takes exactly the bytes written', () => {
    const bytes = new JsonArrayBytes(16);
    const texts = Array.from({ length: 500 }, (_, i) =>
      JSON.stringify({ n: i, s: 'x'.repeat(i % 40) }),
    );
    for (const t of texts) bytes.append(t);
    const out = bytes.take();
    expect(out.length).toBe(texts.join(',').length + 2);
    expect(decode(out)).toEqual(texts.map((t) => JSON.parse(t)));
  });
});
