import { describe, expect, it } from 'vitest';
import {
  agoWords,
  claimsWords,
  dueWords,
  intervalWords,
  outcomeWords,
  SYNC_CHOICES,
} from '../../../components/options/team-list-words';
import { SYNC_MINUTES } from '../../../lib/settings/settings';

const MIN = 60_000;
const NOW = Date.parse('2026-01-10T12:00:00Z');

describe('the words of the Team lists section', () => {
  it('names every interval choice in words, each within the allowed range', () => {
    expect(SYNC_CHOICES.map(intervalWords)).toEqual([
      '5 minutes',
      '15 minutes',
      '30 minutes',
      '1 hour',
      '3 hours',
      '6 hours',
      '1 day',
    ]);
    for (const m of SYNC_CHOICES) {
      expect(m).toBeGreaterThanOrEqual(SYNC_MINUTES.min);
      expect(m).toBeLessThanOrEqual(SYNC_MINUTES.max);
    }
    expect(intervalWords(90)).toBe('90 minutes');
  });

  it('says how long ago a sync was, in the largest whole unit', () => {
    expect(agoWords(NOW - 20_000, NOW)).toBe('just now');
    expect(agoWords(NOW - 12 * MIN - 30_000, NOW)).toBe('12 min ago');
    expect(agoWords(NOW - 3 * 60 * MIN, NOW)).toBe('3 h ago');
    expect(agoWords(NOW - 3 * 24 * 60 * MIN, NOW)).toBe('3 days ago');
  });

  it('says when the next sync comes, and that it is due once its time has passed', () => {
    expect(dueWords(NOW + 18 * MIN, NOW)).toBe('in 18 min');
    expect(dueWords(NOW + 30_000, NOW)).toBe('in under a minute');
    expect(dueWords(NOW - MIN, NOW)).toBe('due now');
  });

  it('counts claims with the right noun', () => {
    expect(claimsWords(1)).toBe('1 claim');
    expect(claimsWords(0)).toBe('0 claims');
    expect(claimsWords(12345)).toBe('12,345 claims');
  });

  it('tells what a sync did, with the reason of a failure', () => {
    const base = { listId: 'a1', error: null };
    expect(outcomeWords('Desk', { ...base, status: 'unchanged' })).toBe('Desk is up to date.');
    expect(outcomeWords('Desk', { ...base, status: 'updated' })).toBe('Desk: updated.');
    expect(
      outcomeWords('Desk', { listId: 'a1', status: 'failed', error: 'server answered 500' }),
    ).toBe('Desk: sync failed: server answered 500');
  });
});
