/**
 * Random claims for the database tests: few distinct values per field, so sorting has many ties
 * and every filter selects a fair share.
 *
 * @module
 */
import fc from 'fast-check';
import type { Claim, Origin } from '../../../lib/claims/claim';
import { claimFromMention } from '../../../lib/claims/claim-id';
import type { ClaimFilter, ClaimSort } from '../../../lib/claims/claim-query';
import { CLAIM_COLUMNS, ORIGIN_KINDS } from '../../../lib/claims/claim-query';
import type { Mention, Place } from '../../../lib/claims/mention';

const PLACES: (Place | null)[] = [
  { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' },
  { name: 'moscow', code: 'RU-MOW', level: 'city' },
  { name: 'Kyiv', code: 'UA-30', level: 'city' },
  { name: 'Ukraine', code: 'UA', level: 'country' },
  { name: 'Black Sea', code: null, level: 'sea' },
  null,
];
const OUTLETS = ['Reuters', 'reuters', 'BBC News', 'Kyiv Independent', null];
const ORIGINATORS = [
  'Russian Defense Ministry',
  'russian defense ministry',
  'Ukrainian Air Force',
  null,
];
const ORIGINS: Origin[] = ['browsed', 'imported', 'official', 'list:team', 'list:b'];
const METRICS = ['drones.downed', 'drones.launched', 'people.killed'];
const DATES = ['2025-07-18', '2025-07-19', '2025-07-20', '2025-08-01', null];
const WORDS = ['drones', 'Shot', 'down', 'overnight', 'Moscow', 'region', 'killed', 'Kyiv'];
const CREATED = [
  '2025-07-20T09:20:11Z',
  '2025-07-20T09:20:11.000Z',
  '2025-07-20T11:20:11+02:00',
  '2025-07-21T00:00:00Z',
  '2025-07-19T23:59:59.5Z',
];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const claimFields = fc.record({
  metric: pick(METRICS),
  n: fc.integer({ min: 0, max: 12 }),
  attacker: pick(['RU', 'UA', null] as const),
  place: pick(PLACES),
  date: pick(DATES),
  outlet: pick(OUTLETS),
  attributedTo: pick(ORIGINATORS),
  origin: pick(ORIGINS),
  createdAt: pick(CREATED),
  words: fc.array(pick(WORDS), { minLength: 1, maxLength: 5 }),
});

/** `count` random claims, the same for the same seed; each from its own page, so ids differ. */
export function randomClaims(count: number, seed: number): Claim[] {
  return fc.sample(claimFields, { numRuns: count, seed }).map((f, i) => {
    const m: Mention = {
      text: String(f.n),
      quote: `${f.words.join(' ')} ${f.n}.`,
      metric: f.metric,
      value: { n: f.n, min: f.n, max: f.n, qualifier: 'exact' },
      attacker: f.attacker,
      group: null,
      place: f.place,
      date: f.date,
      attributedTo: f.attributedTo,
    };
    const source = {
      url: `https://news${i % 7}.example/story/${i}`,
      outlet: f.outlet,
      title: null,
      publishedAt: null,
    };
    return claimFromMention(m, source, f.origin, f.createdAt);
  });
}

/** Filters built from the values {@link randomClaims} uses, up to three fields at a time. */
export const filterArb: fc.Arbitrary<ClaimFilter> = fc
  .subarray(
    [
      fc.record({ metric: pick(METRICS) }),
      fc.record({ from: pick(['2025-07-19', '2025-07-20']) }),
      fc.record({ to: pick(['2025-07-20', '2025-08-01']) }),
      fc.record({ placeCode: pick(['RU-MOS', 'RU-MOW', 'UA', '']) }),
      fc.record({ attacker: pick(['RU', 'UA', 'unknown'] as const) }),
      fc.record({ outlet: pick(['REUTERS', 'bbc news', 'Nobody']) }),
      fc.record({ originator: pick(['Russian defense ministry', 'Ukrainian Air Force']) }),
      fc.record({ origin: pick(ORIGIN_KINDS) }),
      fc.record({
        sourceUrl: pick([
          'https://NEWS3.example/story/3?utm_source=x',
          'https://news1.example/story/8',
        ]),
      }),
      fc.record({
        text: pick(['drones', 'shot DOWN', 'moscow   region', 'nothing-like-it', '  ']),
      }),
    ],
    { maxLength: 3 },
  )
  .chain((parts) => fc.tuple(...parts))
  .map((parts): ClaimFilter => Object.assign({}, ...parts));

export const sortArb: fc.Arbitrary<ClaimSort> = fc.record({
  column: pick(CLAIM_COLUMNS),
  direction: pick(['asc', 'desc'] as const),
});
