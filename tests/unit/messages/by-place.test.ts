import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPlaces, toPlaces } from '../../../lib/messages/by-place';
import { MAX_FIGURES_PER_PAGE, PlacesSchema } from '../../../lib/messages/protocol';

describe('a list sent by place', () => {
  it('comes back as sent, each named item the very one of the earlier list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 20 }),
        fc.array(fc.boolean()),
        (ids, keep) => {
          const earlier = ids.map((id) => ({ id }));
          const items = earlier.map((item, i) => (keep[i] ? item : { id: item.id }));
          const sent = toPlaces(items, (item) => earlier.indexOf(item));
          expect(sent.whole).toHaveLength(items.filter((item) => !earlier.includes(item)).length);
          const back = fromPlaces(sent.places, sent.whole, earlier)!;
          back.forEach((item, i) => expect(item).toBe(items[i]));
        },
      ),
    );
  });

  it('does not fit a place the earlier list lacks, nor too few or too many items sent', () => {
    const earlier = ['a', 'b'];
    expect(fromPlaces([0, 2], [], earlier)).toBeNull();
    expect(fromPlaces([0, -1, -1], ['x'], earlier)).toBeNull();
    expect(fromPlaces([1], ['x'], earlier)).toBeNull();
    expect(fromPlaces([1, -1, 0], ['x'], earlier)).toEqual(['b', 'x', 'a']);
  });

  it('takes as places only whole numbers from -1 to the last figure of a page, as many as it has', () => {
    const ok = (places: unknown) => PlacesSchema.safeParse(places).success;
    const last = MAX_FIGURES_PER_PAGE - 1;
    expect(ok([])).toBe(true);
    expect(ok([-1, 0, last])).toBe(true);
    expect(ok(Array.from({ length: MAX_FIGURES_PER_PAGE }, (_, i) => i))).toBe(true);
    for (const bad of [[-2], [last + 1], [1.5], [Number.NaN], [Infinity], ['1'], [null], {}, 'x'])
      expect(ok(bad), JSON.stringify(bad)).toBe(false);
    expect(ok(Array.from({ length: MAX_FIGURES_PER_PAGE + 1 }, () => -1))).toBe(false);
    expect(PlacesSchema.safeParse([0, -3]).error?.issues[0]?.message).toContain('-1 to 499');
  });
});
