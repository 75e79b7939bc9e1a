import { describe, expect, it } from 'vitest';
import { releaseBytes } from '../../../lib/db/release-bytes';

describe('releasing bytes', () => {
  it('empties bytes that are their whole buffer, and every other view of it', () => {
    const bytes = new TextEncoder().encode('[{"id":"a"}]');
    const other = new Uint8Array(bytes.buffer, 2, 4);
    releaseBytes(bytes);
    expect(bytes.byteLength).toBe(0);
    expect(other.byteLength).toBe(0);
    expect(bytes.buffer.byteLength).toBe(0);
  });

  it('leaves a view into part of a larger buffer as it is', () => {
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const part = whole.subarray(2, 5);
    releaseBytes(part);
    expect([...part]).toEqual([3, 4, 5]);
    expect([...whole]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does no harm to bytes already released', () => {
    const bytes = new Uint8Array(8);
    releaseBytes(bytes);
    releaseBytes(bytes);
    expect(bytes.byteLength).toBe(0);
  });
});
