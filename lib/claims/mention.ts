import { z } from 'zod';
import { isWellFormedText } from './text';

/**
 * A string every store on a claim's way accepts (see ./text.ts): no U+0000 and no lone
 * surrogate, which PostgreSQL's jsonb refuses and UTF-8 cannot carry.
 */
export const TextSchema = z
  .string()
  .refine(isWellFormedText, 'must be well-formed text (no NUL, no lone surrogate)');

/**
 * An absolute http(s) URL: the only kind a source may have, so that no link drawn from a claim
 * can run script (`javascript:`) or carry a document (`data:`).
 */
export const HttpUrlSchema = TextSchema.max(4096)
  .url()
  .refine((url) => HTTP_URL_START.test(url), 'must be an http(s) URL');

/** How an http(s) URL starts (after `.url()` trimmed it). */
export const HTTP_URL_START = /^https?:\/\//i;

/** Weapon categories of CLAIMS.md section 1 (`aerial` = drones and missiles counted together). */
export const WEAPONS = ['drones', 'missiles', 'aerial'] as const;
/** What happened to the weapons. */
export const ACTIONS = ['launched', 'downed', 'suppressed', 'neutralized', 'hit'] as const;
/** Casualty metrics. */
export const PEOPLE_METRICS = ['people.killed', 'people.injured'] as const;

export type Weapon = (typeof WEAPONS)[number];
export type Action = (typeof ACTIONS)[number];
export type WeaponMetric = `${Weapon}.${Action}`;
export type PeopleMetric = (typeof PEOPLE_METRICS)[number];
export type CoreMetric = WeaponMetric | PeopleMetric;

/** Every metric CLAIMS.md section 1 defines, in a stable order. */
export const CORE_METRICS: readonly CoreMetric[] = [
  ...WEAPONS.flatMap((w) => ACTIONS.map((a) => `${w}.${a}` as const)),
  ...PEOPLE_METRICS,
];

/** A metric's form: two lowercase words and a dot. */
export const METRIC_PATTERN = /^[a-z]+\.[a-z]+$/;

export const MetricSchema = z
  .string()
  .max(64)
  .regex(METRIC_PATTERN, 'metric must look like "drones.downed"');

export const QualifierSchema = z.enum([
  'exact',
  'at-least',
  'more-than',
  'at-most',
  'less-than',
  'about',
  'range',
]);
export type Qualifier = z.infer<typeof QualifierSchema>;

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** A figure's value: an interval of whole numbers, bounds inclusive, `null` for unbounded. */
export const ValueSchema = z
  .object({
    n: count,
    min: count.nullable(),
    max: count.nullable(),
    qualifier: QualifierSchema,
  })
  .refine((v) => v.min === null || v.max === null || v.min <= v.max, {
    message: 'min must not exceed max',
  });
export type Value = z.infer<typeof ValueSchema>;

export const AttackerSchema = z.enum(['RU', 'UA']).nullable();
export type Attacker = z.infer<typeof AttackerSchema>;

export const GroupSchema = z.enum(['civilians', 'children', 'military']).nullable();
export type Group = z.infer<typeof GroupSchema>;

/** A place code: a country, or one of its regions. */
export const PLACE_CODE_PATTERN = /^(RU|UA)(-[A-Z0-9]{1,3})?$/;

export const PlaceSchema = z.object({
  name: TextSchema.min(1).max(200),
  code: z.string().regex(PLACE_CODE_PATTERN).nullable(),
  level: z.enum(['country', 'region', 'city', 'sea']),
});
export type Place = z.infer<typeof PlaceSchema>;

/** A date's form, `YYYY-MM-DD`; {@link isCalendarDate} says whether it exists. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `d`, of the form `YYYY-MM-DD`, is a date that exists (no 30 February, no month 13). */
export function isCalendarDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, day));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}

/** A calendar date `YYYY-MM-DD` that exists (no 30 February, no month 13). */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN)
  .refine(isCalendarDate, 'not a calendar date');

/** A figure as found in a text: CLAIMS.md section 4. Extra fields are allowed by the contract. */
export const MentionSchema = z.object({
  text: TextSchema.min(1).max(500),
  quote: TextSchema.max(5000),
  metric: MetricSchema,
  value: ValueSchema,
  attacker: AttackerSchema,
  group: GroupSchema,
  place: PlaceSchema.nullable(),
  date: IsoDateSchema.nullable(),
  attributedTo: TextSchema.min(1).max(200).nullable(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** A mention with the offsets of its `text` in the string it was extracted from. */
export interface LocatedMention extends Mention {
  /** Offset of the first character of `text` in the input. */
  start: number;
  /** Offset just past the last character of `text` in the input. */
  end: number;
  /**
   * Offset just past the figure's whole phrase: the number with the noun it counts ("57 Russian
   * drones", "at least two civilians"). Equal to `end` when the number stands alone ("… and 20
   * over the Moscow region"). A badge goes here, so it never splits the phrase a reader reads.
   */
  phraseEnd: number;
}

/** Where a page or text came from: CLAIMS.md section 5. */
export const SourceSchema = z.object({
  url: TextSchema.max(4096).nullable(),
  outlet: TextSchema.max(200).nullable(),
  title: TextSchema.max(1000).nullable(),
  publishedAt: TextSchema.max(64).nullable(),
});
export type Source = z.infer<typeof SourceSchema>;
