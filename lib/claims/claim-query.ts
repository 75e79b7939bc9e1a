/**
 * What the claims browser asks for: filters and a sort order over stored claims. Pure, so the
 * database layer, the background and tests share one definition of "matches".
 *
 * @module
 */
import { z } from 'zod';
import type { Claim } from './claim';
import { IsoDateSchema, MetricSchema } from './mention';

/** The columns the claims browser can sort by. */
export const CLAIM_COLUMNS = [
  'date',
  'metric',
  'value',
  'place',
  'attacker',
  'outlet',
  'originator',
  'origin',
  'createdAt',
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** Origins as the filter names them: every team list counts as `list`. */
export const ORIGIN_KINDS = ['browsed', 'imported', 'official', 'list'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

/**
 * Filters, all optional and combined with AND. Text filters compare case-insensitively;
 * `placeCode: ''` and `attacker: 'unknown'` select claims without a place or attacker.
 */
export const ClaimFilterSchema = z
  .object({
    metric: MetricSchema.optional(),
    /** First event date included (`YYYY-MM-DD`). */
    from: IsoDateSchema.optional(),
    /** Last event date included. */
    to: IsoDateSchema.optional(),
    placeCode: z.string().max(16).optional(),
    attacker: z.enum(['RU', 'UA', 'unknown']).optional(),
    /** The source's outlet name, exactly (case-insensitive). */
    outlet: z.string().max(200).optional(),
    /** `attributedTo`, exactly (case-insensitive). */
    originator: z.string().max(200).optional(),
    origin: z.enum(ORIGIN_KINDS).optional(),
    /** The claims of one page (its canonical URL). */
    sourceUrl: z.string().max(4096).optional(),
    /** Words that must all appear in the quote or the figure's text. */
    text: z.string().max(200).optional(),
  })
  .strict();
export type ClaimFilter = z.infer<typeof ClaimFilterSchema>;

export const ClaimSortSchema = z.object({
  column: z.enum(CLAIM_COLUMNS),
  direction: z.enum(['asc', 'desc']),
});
export type ClaimSort = z.infer<typeof ClaimSortSchema>;

/** The browser's first view: newest events first. */
export const DEFAULT_SORT: Readonly<ClaimSort> = Object.freeze({
  column: 'date',
  direction: 'desc',
});

/** The kind of an origin: `list:abc` → `list`. */
export function originKind(origin: string): OriginKind | null {
  if (origin.startsWith('list:')) return 'list';
  return (ORIGIN_KINDS as readonly string[]).includes(origin) ? (origin as OriginKind) : null;
}
