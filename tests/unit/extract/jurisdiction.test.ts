import { describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../../lib/extract/resolve';

const mayor = { name: 'Moscow Mayor', side: 'RU' as const, countryOnly: false };

describe('jurisdictionOf', () => {
  it('reads the place a local speaker answers for from the name or the naming words', () => {
    expect(jurisdictionOf(mayor, '')?.name).toBe('Moscow');
    const governor = { name: 'the governor', side: null, countryOnly: false };
    expect(jurisdictionOf(governor, 'the governor of the Kursk region')?.code).toBe('RU-KRS');
    expect(jurisdictionOf({ name: 'Russia', side: 'RU', countryOnly: true }, '')).toBeNull();
    expect(jurisdictionOf(null, '')).toBeNull();
  });

  it('answers a speaker read before alike, with a place of its own each time', () => {
    const first = jurisdictionOf(mayor, '')!;
    const again = jurisdictionOf(mayor, '')!;
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    // A caller changing its copy changes nobody else's.
    first.name = 'changed';
    expect(jurisdictionOf(mayor, '')?.name).toBe('Moscow');
  });
});
