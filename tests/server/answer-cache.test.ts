import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../server/answer-cache';
import { costOf, COST_UNIT_BYTES, createRateLimiter } from '../../server/rate-limit';

describe('answer cache', () => {
  it("keeps a list's answers by since and cursor, and forgets them when the list moves on", () => {
    const cache = createAnswerCache({ maxChars: 1000 });
    cache.set('a', null, '5', 'whole at 5');
    cache.set('a', '3', '5', 'since 3 at 5');
    cache.set('b', null, '9', 'b at 9');
    expect(cache.get('a', null, '5')).toBe('whole at 5');
    expect(cache.get('a', '3', '5')).toBe('since 3 at 5');
    expect(cache.get('a', null, '6')).toBeUndefined();
    cache.set('a', null, '6', 'whole at 6');
    expect(cache.get('a', '3', '5')).toBeUndefined();
    expect(cache.get('a', null, '5')).toBeUndefined();
    // A read that finished late, at an older cursor, is not kept over the newer one.
    cache.set('a', '3', '5', 'late');
    expect(cache.get('a', '3', '5')).toBeUndefined();
    expect(cache.get('a', null, '6')).toBe('whole at 6');
    expect(cache.get('b', null, '9')).toBe('b at 9');
  });

  it('stays within its size, dropping what was used longest ago', () => {
    const cache = createAnswerCache({ maxChars: 30 });
    cache.set('a', null, '1', 'x'.repeat(10));
    cache.set('b', null, '1', 'y'.repeat(10));
    expect(cache.get('a', null, '1')).toBeDefined();
    cache.set('c', null, '1', 'z'.repeat(15));
    expect(cache.get('b', null, '1')).toBeUndefined();
    expect(cache.get('a', null, '1')).toBeDefined();
    cache.set('d', null, '1', 'w'.repeat(31));
    expect(cache.get('d', null, '1')).toBeUndefined();
  });
});

describe('rate limiter', () => {
  it('charges an answer by its size and makes the key wait off its debt', () => {
    expect(costOf(0)).toBe(1);
    expect(costOf(3 * COST_UNIT_BYTES + 1)).toBe(4);
    const limit = createRateLimiter({ perSecond: 2, burst: 4 });
    expect(limit.knows('k')).toBe(false);
    expect(limit.wait('k', 0)).toBe(0);
    limit.spend('k', 10, 0);
    expect(limit.knows('k')).toBe(true);
    // 4 - 10 = -6: a whole token again after 3.5 s at 2 a second.
    expect(limit.wait('k', 0)).toBe(3500);
    expect(limit.wait('k', 3500)).toBe(0);
    expect(limit.wait('other', 0)).toBe(0);
  });
});
