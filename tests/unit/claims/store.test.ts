import { describe, expect, it } from 'vitest';
import { ClaimStore } from '../../../lib/claims/store';
import { claim, mention } from './helpers';

describe('ClaimStore', () => {
  const a = claim('https://a.example/x', 'A', mention());
  const b = claim('https://b.example/x', 'B', mention({ attacker: null }));
  const otherDay = claim('https://c.example/x', 'C', mention({ date: '2025-07-19' }));
  const ru = claim('https://d.example/x', 'D', mention({ attacker: 'RU' }));
  const undated = claim('https://e.example/x', 'E', mention({ date: null }));

  it('finds the claims about the same event, including a missing attacker', () => {
    const store = new ClaimStore();
    store.add(a, b, otherDay, ru, undated);
    expect(store.size).toBe(5);
    expect(store.candidates(mention()).map((c) => c.source.outlet)).toEqual(['A', 'B']);
    expect(store.candidates(mention({ attacker: null })).map((c) => c.source.outlet)).toEqual([
      'A',
      'B',
      'D',
    ]);
    expect(store.candidates(mention({ date: null }))).toEqual([]);
  });

  it('keeps one claim per id and can remove it', () => {
    const store = new ClaimStore();
    store.add(a, b);
    store.add({ ...a, updatedAt: '2025-07-21T00:00:00Z', date: '2025-07-19' });
    expect(store.size).toBe(2);
    expect(store.all().map((c) => c.id)).toEqual([a.id, b.id]);
    expect(store.candidates(mention()).map((c) => c.id)).toEqual([b.id]);
    expect(store.get(a.id)?.date).toBe('2025-07-19');
    expect(store.remove(b.id)).toBe(true);
    expect(store.remove(b.id)).toBe(false);
    expect(store.candidates(mention())).toEqual([]);
  });
});
