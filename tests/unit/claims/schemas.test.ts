import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../../../lib/claims/mention';

describe('event dates', () => {
  it('accept only dates that exist on the calendar', () => {
    for (const ok of ['2025-07-20', '2024-02-29', '2000-12-31'])
      expect(IsoDateSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2024-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-7-20'])
      expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
  });
});
