import { describe, expect, it } from 'vitest';
import { kyivWords, parseKyivTime } from '../../../lib/transfer/kyiv-date';

describe('Kyiv times', () => {
  it('reads local times with the offset in force that day', () => {
    expect(parseKyivTime('2025-07-09 08:30')).toMatchObject({
      date: '2025-07-09',
      time: '08:30',
      iso: '2025-07-09T08:30:00+03:00',
      instant: Date.parse('2025-07-09T05:30:00Z'),
    });
    expect(parseKyivTime('2025-01-15 23:45')?.iso).toBe('2025-01-15T23:45:00+02:00');
    // Autumn change: 27 Oct 2024 04:00 EEST became 03:00 EET.
    expect(parseKyivTime('2024-10-27 02:00')?.iso).toBe('2024-10-27T02:00:00+03:00');
    expect(parseKyivTime('2024-10-27 05:00')?.iso).toBe('2024-10-27T05:00:00+02:00');
  });

  it('converts UTC and offset times to the Kyiv day and time', () => {
    expect(parseKyivTime('2025-07-09T21:30:00Z')).toMatchObject({
      date: '2025-07-10',
      time: '00:30',
    });
    expect(parseKyivTime('2025-01-01T00:15:00+01:00')).toMatchObject({
      date: '2025-01-01',
      time: '01:15',
    });
    expect(parseKyivTime('2024-12-31T22:30:00.000Z')?.iso).toBe('2025-01-01T00:30:00+02:00');
  });

  it('reads a bare day as that day, with no time', () => {
    const day = parseKyivTime('2022-10-10');
    expect(day).toMatchObject({ date: '2022-10-10', time: null, iso: '2022-10-10T00:00:00+03:00' });
    expect(kyivWords(day!)).toBe('10 Oct 2022');
    expect(kyivWords(parseKyivTime('2025-07-08 18:00')!)).toBe('8 Jul 2025 18:00');
  });

  it('refuses what is not a time', () => {
    for (const bad of [
      '',
      'yesterday',
      '2025-02-30',
      '2025-07-09 25:00',
      '09.07.2025',
      '2025-07-09T08:30:00+3',
    ]) {
      expect(parseKyivTime(bad), bad).toBeNull();
    }
  });
});
