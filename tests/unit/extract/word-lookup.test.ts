import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASUALTY_HEAD,
  PEOPLE_NOUN,
  SCALE,
  SIDE_ADJECTIVE,
  UNIT,
  WEAPON_NOUN,
  WordLookup,
} from '../../../lib/extract/word-lookup';
import { SIDE_ADJECTIVES } from '../../../lib/extract/sides';
import { CASUALTY_HEADS } from '../../../lib/extract/vocabulary/actions';
import { SCALES, UNITS } from '../../../lib/extract/vocabulary/number-words';
import { PEOPLE_NOUNS } from '../../../lib/extract/vocabulary/people';
import { WEAPON_NOUNS } from '../../../lib/extract/vocabulary/weapons';

const RECORD: Readonly<Record<string, number>> = { drones: 1, missiles: 2 };

/** Words a record read answers in a way a plain map would not: inherited members. */
const AWKWARD = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', '', '0'];

describe('WordLookup', () => {
  it('answers every key of its record with the record value', () => {
    const lookup = new WordLookup(RECORD);
    expect(lookup.get('drones')).toBe(1);
    expect(lookup.has('missiles')).toBe(true);
    expect(lookup.get('people')).toBeUndefined();
    expect(lookup.has('people')).toBe(false);
  });

  it('answers inherited member names as reading the record does', () => {
    const lookup = new WordLookup(RECORD);
    for (const word of AWKWARD) {
      expect(lookup.get(word)).toBe(RECORD[word]);
      expect(lookup.has(word)).toBe(word in RECORD);
    }
  });

  it('agrees with reading the vocabulary records on their keys and on any string', () => {
    const pairs: [WordLookup<unknown>, Readonly<Record<string, unknown>>][] = [
      [WEAPON_NOUN, WEAPON_NOUNS],
      [PEOPLE_NOUN, PEOPLE_NOUNS],
      [CASUALTY_HEAD, CASUALTY_HEADS],
      [UNIT, UNITS],
      [SCALE, SCALES],
      [SIDE_ADJECTIVE, SIDE_ADJECTIVES],
    ];
    for (const [lookup, record] of pairs) {
      for (const word of [...Object.keys(record), ...AWKWARD]) {
        expect(lookup.get(word)).toBe(record[word]);
        expect(lookup.has(word)).toBe(word in record);
      }
      fc.assert(
        fc.property(fc.string(), (word) => {
          expect(lookup.get(word)).toBe(record[word]);
          expect(lookup.has(word)).toBe(word in record);
        }),
      );
    }
  });
});
