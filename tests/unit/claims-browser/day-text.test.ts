import { describe, expect, it } from 'vitest';
import { dateWords } from '../../../components/format';
import { parseDay } from '../../../lib/claims-browser/day-text';

describe('parseDay: the date filters take a day as the table writes it', () => {
  it('reads the table’s own form back, and the month spelled out or first', () => {
    expect(parseDay(dateWords('2025-03-11')!)).toBe('2025-03-11');
    expect(parseDay('11 Mar 2025')).toBe('2025-03-11');
    expect(parseDay(' 7 September 2024 ')).toBe('2024-09-07');
    expect(parseDay('17 Sept. 2025')).toBe('2025-09-17');
    expect(parseDay('March 11, 2025')).toBe('2025-03-11');
    expect(parseDay('2025-06-17')).toBe('2025-06-17');
  });

  it('names no day for text that is none, or a day not on the calendar', () => {
    for (const text of [
      '',
      'yesterday',
      '31 Feb 2025',
      '2025-02-30',
      '11 Smarch 2025',
      '11/03/2025',
    ])
      expect(parseDay(text), text).toBeNull();
  });
});
