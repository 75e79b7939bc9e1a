import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../../lib/claims/claim';
import { checkedClaim, isCheckedAsIs } from '../../../lib/claims/claim-check';

/**
 * Strings around every length limit of the schema, which counts code points: `n` units of one
 * each, or `n - 1` of them and a pair.
 */
const LIMITS = [0, 1, 2, 63, 64, 65, 199, 200, 201, 499, 500, 501, 999, 1000, 1001];
const LIMITS_LONG = [4095, 4096, 4097, 4999, 5000, 5001];
const sized = fc.oneof(
  fc.constantFrom(...LIMITS, ...LIMITS_LONG).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...LIMITS, ...LIMITS_LONG).map((n) => `${'y'.repeat(Math.max(0, n - 1))}😀`),
);

/** Text with what the schema is particular about: NUL, lone surrogates, whitespace, pairs. */
const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '0',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\ud800',
    '\udc00',
    '😀',
    'é',
    '\u00a0',
    '\ufeff',
    '-',
    '.',
    ':',
    '/',
  ),
  maxLength: 12,
});

const anyJson = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, '', [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A field's value: mostly a valid one, else one of `others` or any text or JSON. */
function field<T>(valid: fc.Arbitrary<T>, others: readonly unknown[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 24, arbitrary: valid },
    { weight: 1, arbitrary: others.length ? fc.constantFrom(...others) : anyJson },
    { weight: 1, arbitrary: fc.oneof(tricky, sized, anyJson) },
  );
}

/** Null mostly, else a value of `a`. */
function rarely<T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });
}

/** An object of `fields`, sometimes missing one, sometimes with one the schema does not have. */
function object(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  return fc
    .tuple(
      fc.record(fields),
      rarely(fc.constantFrom(...keys)),
      rarely(fc.tuple(fc.constantFrom('extra', 'verdict', '__proto__', 'n2'), anyJson)),
    )
    .map(([record, missing, extra]) => {
      const out = Object.fromEntries(Object.entries(record).filter(([k]) => k !== missing));
      if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true });
      return out;
    });
}

const NUMBERS = [0, -0, 1, -1, 1.5, 2 ** 53 - 1, 2 ** 53, 1e300, '3', null, true];
const DATE_TIMES = [
  '2025-07-20T10:00:00.000Z',
  '2025-07-20T10:00:00Z',
  '2025-07-20T10:00:00+01:00',
  '2025-07-20T10:00:00-23:59',
  '2025-07-20T10:00:00.123456789Z',
  '2025-07-20T10:00Z',
  '2025-07-20T10:00:00+24:00',
  '2025-07-20 10:00:00Z',
  '2025-07-20T10:00:00',
  '2025-02-29T00:00:00Z',
  '2024-02-29T00:00:00Z',
  '2025-07-20T24:00:00Z',
  '2025-07-20t10:00:00z',
  '2025-07-20',
];
const dateTime = field(fc.constantFrom(...DATE_TIMES.slice(0, 5)), DATE_TIMES);

/** Bounds in order, mostly, as a valid value has them. */
const bounds = fc
  .tuple(fc.option(fc.nat({ max: 2000 })), fc.option(fc.nat({ max: 2000 })))
  .map(([a, b]) => (a !== null && b !== null && a > b ? [b, a] : [a, b]));
const value = field(
  fc.tuple(bounds, fc.nat({ max: 2000 })).chain(([[min, max], n]) =>
    object({
      n: field(fc.constant(n), NUMBERS),
      min: field(fc.constant(min), NUMBERS),
      max: field(fc.constant(max), NUMBERS),
      qualifier: field(
        fc.constantFrom('exact', 'at-least', 'more-than', 'at-most', 'less-than', 'about', 'range'),
        ['approx', 'EXACT', null],
      ),
    }),
  ),
  [null, [], 5, 'x', { n: 3, min: 5, max: 2, qualifier: 'range' }],
);

const place = field(
  fc.option(
    object({
      name: field(fc.string({ minLength: 1, maxLength: 30 })),
      code: field(fc.constantFrom('RU', 'UA', 'RU-MOS', 'UA-12', null), [
        'ru',
        'US',
        'RU-',
        'RU-ABCD',
        'RU-mos',
        'UA-1',
        ' RU',
        5,
      ]),
      level: field(fc.constantFrom('country', 'region', 'city', 'sea'), ['town', null, 'Region']),
    }),
  ),
  [[], 'Moscow', 0],
);

const URLS = [
  'https://a.b/x',
  'http://x',
  'HTTPS://EXAMPLE.COM/A',
  ' https://a.b ',
  'https://a\nb.c/',
  '\thttps://a.b/',
  'https://a.b/\r\n',
  'javascript:alert(1)',
  'data:text/html,x',
  'https:/a.b',
  'https:a.b',
  'ftp://a.b',
  'https://',
  'http://[::1]/',
  'https://a b.c',
  'https://a.b/\u0000',
  'https://a.b/\ud800',
  '\u00a0https://a.b',
  '\ufeffhttps://a.b',
  '\u0001https://a.b',
  `https://a.b/${'x'.repeat(4084)}`,
  `https://a.b/${'x'.repeat(4085)}`,
  `https://a.b/${'x'.repeat(4083)}😀`,
  `https://a.b/${'x'.repeat(4084)}😀`,
  ` https://a.b/${'x'.repeat(4084)}`,
  'https://a.b:99999/',
  'https://ex%41mple.com/',
];
const source = field(
  object({
    url: field(fc.oneof(fc.webUrl(), fc.constantFrom(...URLS.slice(0, 4))), URLS),
    outlet: field(fc.option(fc.string({ maxLength: 30 }))),
    title: field(fc.option(fc.string({ maxLength: 30 }))),
    publishedAt: field(fc.option(fc.constantFrom('2025-07-20', 'yesterday'))),
  }),
  [null, [], 'https://a.b'],
);

const hex = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: min, maxLength: max });

const claimLike = object({
  text: field(fc.string({ minLength: 1, maxLength: 20 })),
  quote: field(fc.string({ maxLength: 40 })),
  metric: field(fc.constantFrom('drones.downed', 'people.killed', 'a.b'), [
    'drones',
    'Drones.downed',
    'drones.downed.x',
    `${'a'.repeat(31)}.${'b'.repeat(32)}`,
    `${'a'.repeat(32)}.${'b'.repeat(32)}`,
    'drones.down ed',
  ]),
  value,
  attacker: field(fc.constantFrom('RU', 'UA', null), ['ru', 'US', '']),
  group: field(fc.constantFrom('civilians', 'children', 'military', null), ['kids', '']),
  place,
  date: field(fc.constantFrom('2025-07-20', '2024-02-29', null), [
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-1-01',
    '2024-02-30',
    '0000-01-01',
    '9999-12-31',
    '２０２４-01-01',
    '2024-01-01T00:00:00Z',
  ]),
  attributedTo: field(fc.option(fc.string({ minLength: 1, maxLength: 20 }))),
  id: field(
    hex(16, 64).map((h) => `c_${h}`),
    [`c_${'a'.repeat(15)}`, `c_${'a'.repeat(65)}`, `c_${'A'.repeat(16)}`, `x_${'a'.repeat(16)}`],
  ),
  source,
  origin: field(
    fc.oneof(
      fc.constantFrom('browsed', 'imported', 'official'),
      fc
        .string({ unit: fc.constantFrom('a', 'Z', '9', '_', '-'), minLength: 1, maxLength: 64 })
        .map((id) => `list:${id}`),
    ),
    ['list:', `list:${'a'.repeat(65)}`, 'list:a b', 'Browsed', 'list', null],
  ),
  createdAt: dateTime,
  updatedAt: dateTime,
  // Mostly absent: JSON drops a field that is undefined.
  editedAt: fc.option(dateTime, { nil: undefined, freq: 2 }),
});

describe('checkedClaim', () => {
  it('accepts exactly what ClaimSchema accepts, and gives back what it gives', () => {
    let accepted = 0;
    let asIs = 0;
    fc.assert(
      fc.property(claimLike, (raw) => {
        // The domain: what JSON.parse gives.
        const input: unknown = JSON.parse(JSON.stringify(raw));
        const expected = ClaimSchema.safeParse(input);
        const actual = checkedClaim(input);
        if (!expected.success) {
          expect(actual).toBeNull();
          return;
        }
        accepted++;
        expect(actual).toEqual(expected.data);
        // The same fields in the same order, as they are staged and stored.
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected.data));
        // The input stands for the claim only when its text gives the same claim.
        if (isCheckedAsIs(input, actual!)) {
          asIs++;
          expect(JSON.stringify(input)).toBe(JSON.stringify(expected.data));
        } else {
          expect(JSON.stringify(input)).not.toBe(JSON.stringify(expected.data));
        }
      }),
      { numRuns: 3000 },
    );
    // Both sides of the contract were tried.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
    expect(asIs).toBeGreaterThan(100);
    expect(asIs).toBeLessThan(accepted);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, [], 'claim', 5, true]) expect(checkedClaim(input)).toBeNull();
  });
});
