/**
 * What the claims browser asks for: filters and a sort order over stored claims. Pure, so the
 * database layer, the background and tests share one definition of "matches".
 *
 * @module
 */
import { z } from 'zod';
import { VerdictSchema, type Claim } from './claim';
import { sourceKey } from './claim-id';
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
    /**
     * The claim's verdict against the other sources for its event. Not a property of the claim
     * alone, so {@link claimMatcher} leaves it to the background (lib/db/claim-verdicts.ts).
     */
    verdict: VerdictSchema.optional(),
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

/** The value a claim is ordered by in a column: a string, or a number for `value` and `createdAt`. */
export type SortKey = string | number;

/** Milliseconds since the epoch of an ISO date-time; 0 for one that does not parse. */
function instant(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

/**
 * What a claim is sorted by in `column`. Missing values sort as `''` (before every text), text
 * columns other than codes compare lower-cased, and `createdAt` compares as an instant, so
 * offsets do not reorder it. The database indexes exactly these keys, which is why the index
 * order and {@link compareClaims} are one order.
 */
export function sortKeyOf(claim: Claim, column: ClaimColumn): SortKey {
  switch (column) {
    case 'date':
      return claim.date ?? '';
    case 'metric':
      return claim.metric;
    case 'value':
      return claim.value.n;
    case 'place':
      return (claim.place?.name ?? '').toLowerCase();
    case 'attacker':
      return claim.attacker ?? '';
    case 'outlet':
      return (claim.source.outlet ?? '').toLowerCase();
    case 'originator':
      return (claim.attributedTo ?? '').toLowerCase();
    case 'origin':
      return claim.origin;
    case 'createdAt':
      return instant(claim.createdAt);
  }
}

/** Compares two keys of one column the way IndexedDB does: numbers by value, text by code unit. */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The claims browser's order: by the column's {@link sortKeyOf}, ties by id, the whole order
 * reversed for `desc` (as an IndexedDB index walked backwards gives it), so every page of a
 * listing is stable and no two claims are ever tied.
 */
export function compareClaims(a: Claim, b: Claim, sort: ClaimSort): number {
  const asc =
    compareKeys(sortKeyOf(a, sort.column), sortKeyOf(b, sort.column)) || compareKeys(a.id, b.id);
  return sort.direction === 'asc' ? asc : -asc;
}

/** The lower-cased words of a free-text filter; none for blank text. */
export function filterWords(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A test for {@link ClaimFilter}, prepared once for many claims (the filter's words are split
 * and lower-cased a single time). See {@link matchesFilter} for what matching means.
 */
export function claimMatcher(filter: ClaimFilter): (claim: Claim) => boolean {
  const words = filterWords(filter.text);
  const outlet = filter.outlet?.toLowerCase();
  const originator = filter.originator?.toLowerCase();
  const page = filter.sourceUrl === undefined ? undefined : sourceKey(filter.sourceUrl);
  return (c) => {
    if (filter.metric !== undefined && c.metric !== filter.metric) return false;
    if (filter.from !== undefined && (c.date === null || c.date < filter.from)) return false;
    if (filter.to !== undefined && (c.date === null || c.date > filter.to)) return false;
    if (filter.placeCode !== undefined && (c.place?.code ?? '') !== filter.placeCode) return false;
    if (filter.attacker !== undefined && (c.attacker ?? 'unknown') !== filter.attacker)
      return false;
    if (outlet !== undefined && (c.source.outlet ?? '').toLowerCase() !== outlet) return false;
    if (originator !== undefined && (c.attributedTo ?? '').toLowerCase() !== originator)
      return false;
    if (filter.origin !== undefined && originKind(c.origin) !== filter.origin) return false;
    if (page !== undefined && sourceKey(c.source.url) !== page) return false;
    if (words.length > 0) {
      const quote = c.quote.toLowerCase();
      const text = c.text.toLowerCase();
      if (!words.every((w) => quote.includes(w) || text.includes(w))) return false;
    }
    return true;
  };
}

/**
 * Whether a claim passes every filter given: the same metric; an event date within `from`–`to`
 * (a claim without a date fails any date bound); the same place code (`''` for none); the same
 * attacker (`unknown` for none); the same outlet or originator ignoring case (`''` for none);
 * the same kind of origin; the same page (canonical URLs compared); and every word of `text`
 * in the quote or in the figure's text, ignoring case.
 */
export function matchesFilter(claim: Claim, filter: ClaimFilter): boolean {
  return claimMatcher(filter)(claim);
}
