import { describe, expect, it } from 'vitest';
import { eventKey, sameEvent } from '../../../lib/claims/event';
import { mention } from './helpers';

const BASE = mention();

describe('sameEvent', () => {
  it('holds for the same event with other values, wording and sources', () => {
    const other = mention({ text: '142', quote: 'Another sentence.', attributedTo: null });
    expect(sameEvent(BASE, other)).toBe(true);
  });

  it.each([
    ['metric', mention({ metric: 'drones.launched' })],
    ['group', mention({ group: 'civilians' })],
    ['date', mention({ date: '2025-07-19' })],
    ['place code', mention({ place: { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' } })],
    ['attacker', mention({ attacker: 'RU' })],
  ])('fails when the %s differs', (_field, other) => {
    expect(sameEvent(BASE, other)).toBe(false);
    expect(sameEvent(other, BASE)).toBe(false);
  });

  it('compares place codes, not names', () => {
    const named = mention({
      place: { name: 'the Russian Federation', code: 'RU', level: 'country' },
    });
    expect(sameEvent(BASE, named)).toBe(true);
  });

  it.each([
    ['date', { date: null }],
    ['place', { place: null }],
    ['place code (a sea)', { place: { name: 'Black Sea', code: null, level: 'sea' as const } }],
  ])('a missing %s matches nothing, not even itself', (_field, over) => {
    const m = mention(over);
    expect(sameEvent(m, m)).toBe(false);
    expect(sameEvent(m, BASE)).toBe(false);
    expect(sameEvent(BASE, m)).toBe(false);
    expect(eventKey(m)).toBeNull();
  });

  it('lets a missing attacker match either side', () => {
    const none = mention({ attacker: null });
    expect(sameEvent(none, BASE)).toBe(true);
    expect(sameEvent(BASE, none)).toBe(true);
    expect(sameEvent(none, mention({ attacker: 'RU' }))).toBe(true);
    expect(sameEvent(none, none)).toBe(true);
  });
});

describe('eventKey', () => {
  it('is metric|group|date|placeCode', () => {
    expect(eventKey(BASE)).toBe('drones.downed||2025-07-20|RU');
    expect(
      eventKey(
        mention({
          metric: 'people.killed',
          group: 'children',
          place: { name: 'Kyiv', code: 'UA-30', level: 'city' },
        }),
      ),
    ).toBe('people.killed|children|2025-07-20|UA-30');
  });

  it('leaves the attacker out, so figures with and without one share a key', () => {
    expect(eventKey(mention({ attacker: null }))).toBe(eventKey(BASE));
  });
});
