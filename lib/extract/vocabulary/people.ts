import type { Group } from '../../claims/mention';
import { STAND_INS } from './figure-words';

/** Nouns for people, with the group CLAIMS.md section 3 gives them (null: not said). */
export const PEOPLE_NOUNS: Readonly<Record<string, Group>> = {
  people: null,
  person: null,
  adults: null,
  adult: null,
  persons: null,
  individuals: null,
  man: null,
  men: null,
  woman: null,
  women: null,
  workers: null,
  worker: null,
  employees: null,
  rescuers: null,
  officers: null,
  firefighters: null,
  medics: null,
  journalists: null,
  volunteers: null,
  policemen: null,
  policeman: null,
  pensioners: null,
  pensioner: null,
  drivers: null,
  driver: null,
  employee: null,
  rescuer: null,
  firefighter: null,
  medic: null,
  journalist: null,
  volunteer: null,
  passenger: 'civilians',
  pedestrian: 'civilians',
  civilians: 'civilians',
  civilian: 'civilians',
  residents: 'civilians',
  resident: 'civilians',
  passengers: 'civilians',
  pedestrians: 'civilians',
  inhabitants: 'civilians',
  children: 'children',
  child: 'children',
  kids: 'children',
  minors: 'children',
  teenagers: 'children',
  teenager: 'children',
  boys: 'children',
  boy: 'children',
  girls: 'children',
  girl: 'children',
  babies: 'children',
  baby: 'children',
  infants: 'children',
  infant: 'children',
  toddler: 'children',
  schoolchildren: 'children',
  soldiers: 'military',
  soldier: 'military',
  servicemen: 'military',
  serviceman: 'military',
  servicemembers: 'military',
  troops: 'military',
  fighters: 'military',
  marines: 'military',
  paratroopers: 'military',
  conscripts: 'military',
  personnel: 'military',
};

/** People nouns a bare "a"/"an" counts as one: "a woman was killed", "an elderly man was hurt". */
export const SINGULAR_PEOPLE: ReadonlySet<string> = new Set([
  'person',
  'man',
  'woman',
  'child',
  'boy',
  'girl',
  'civilian',
  'resident',
  'teenager',
  'baby',
  'infant',
  'toddler',
  'soldier',
  'serviceman',
  'pensioner',
  'driver',
  'worker',
  'firefighter',
  'rescuer',
  'medic',
  'journalist',
  'volunteer',
  'policeman',
]);

/** Words before a people noun that tell whose people they were ("Russian soldiers"). */
export const PEOPLE_SIDE_WORDS: Readonly<Record<string, 'RU' | 'UA'>> = {
  russian: 'RU',
  "russia's": 'RU',
  ukrainian: 'UA',
  "ukraine's": 'UA',
};

/** Words that open a person's age: "a woman aged 80", "children aged between 5 and 12". */
export const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'ages']);

/** Words before a year of birth, which officials write for an age: "a woman born 1947". */
export const BIRTH_WORDS: ReadonlySet<string> = new Set(['born']);

/** Words that go on inside an age or a list of ages: "aged between 20 and 60", "aged 5, 9 and 14". */
export const AGE_LIST_WORDS: ReadonlySet<string> = new Set([
  ',',
  'and',
  'or',
  'to',
  '-',
  '–',
  'between',
  'from',
]);

/**
 * Words after a number that make it a count, not an age: the words that stand in for a figure's
 * noun ("aged 80, 12 others were hurt"), "other" and "of" ("14 of them").
 */
export const COUNTED_AFTER_AGE: ReadonlySet<string> = new Set([...STAND_INS, 'other', 'of']);
