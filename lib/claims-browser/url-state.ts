/**
 * The claims browser's view (filters and sort) as a URL query, so a view can be bookmarked and
 * the popup can link to one. The query is typed by anyone, so each part is checked on its own
 * and a bad part is dropped rather than spoiling the rest.
 *
 * @module
 */
import {
  ClaimFilterSchema,
  ClaimSortSchema,
  DEFAULT_SORT,
  type ClaimColumn,
  type ClaimFilter,
  type ClaimSort,
} from '../claims/claim-query';

/** What the URL holds: the filters and the sort order of the table. */
export interface ViewState {
  filter: ClaimFilter;
  sort: ClaimSort;
}

type FilterKey = keyof ClaimFilter;

/** Query parameter name of each filter, in the order they are written. */
const PARAM_OF: Readonly<Record<FilterKey, string>> = {
  metric: 'metric',
  from: 'from',
  to: 'to',
  placeCode: 'place',
  attacker: 'attacker',
  outlet: 'outlet',
  originator: 'originator',
  origin: 'origin',
  sourceUrl: 'source',
  text: 'q',
  verdict: 'verdict',
};
const FILTER_KEYS = Object.keys(PARAM_OF) as FilterKey[];

/** `placeCode: ''` (claims without a place) in the URL; an empty parameter means "any". */
export const NO_PLACE_PARAM = 'none';

/** Columns a click sorts high-to-low or newest-first before anything else. */
const DESCENDING_FIRST: ReadonlySet<ClaimColumn> = new Set(['date', 'value', 'createdAt']);

/** The direction a column sorts in when first chosen: numbers and dates descend, words ascend. */
export function defaultDirection(column: ClaimColumn): ClaimSort['direction'] {
  return DESCENDING_FIRST.has(column) ? 'desc' : 'asc';
}

/** Whether `YYYY-MM-DD` names a day that exists (the schema checks only the shape). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** Control characters have no business in a filter; a value holding one is dropped. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function filterValue(key: FilterKey, raw: string): ClaimFilter[FilterKey] | undefined {
  const text = raw.trim();
  if (hasControl(text)) return undefined;
  if (key === 'placeCode') {
    if (text === NO_PLACE_PARAM) return '';
    if (text === '') return undefined;
  }
  if (text === '') return undefined;
  if ((key === 'from' || key === 'to') && !isCalendarDate(text)) return undefined;
  const parsed = ClaimFilterSchema.shape[key].safeParse(text);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads a view from a URL query (`?metric=drones.downed&sort=value&dir=asc`). Unknown
 * parameters are ignored, invalid values dropped one by one, and a missing or invalid sort
 * gives the default (newest events first).
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filter: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(PARAM_OF[key]);
    if (raw === null) continue;
    const value = filterValue(key, raw);
    if (value !== undefined) filter[key] = value;
  }
  const checked = ClaimFilterSchema.safeParse(filter);
  const column = ClaimSortSchema.shape.column.safeParse(params.get('sort'));
  const direction = ClaimSortSchema.shape.direction.safeParse(params.get('dir'));
  const sort: ClaimSort = column.success
    ? {
        column: column.data,
        direction: direction.success ? direction.data : defaultDirection(column.data),
      }
    : { ...DEFAULT_SORT };
  return { filter: checked.success ? checked.data : {}, sort };
}

/**
 * Writes a view as a URL query, `?…` or `''` for the default view. Filters that are unset or
 * empty are left out, and so is the default sort, so equal views give equal URLs.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filter[key];
    if (value === undefined) continue;
    if (key === 'placeCode' && value === '') params.set(PARAM_OF[key], NO_PLACE_PARAM);
    else if (value.trim() !== '') params.set(PARAM_OF[key], value);
  }
  const { column, direction } = state.sort;
  if (column !== DEFAULT_SORT.column || direction !== DEFAULT_SORT.direction) {
    params.set('sort', column);
    params.set('dir', direction);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a filter selects everything (no filter set). */
export function isEmptyFilter(filter: ClaimFilter): boolean {
  return FILTER_KEYS.every((key) => filter[key] === undefined);
}

/**
 * A filter with one field set, or removed when `value` is undefined or blank (`placeCode: ''`
 * is kept: it means "no place").
 */
export function withFilter<K extends FilterKey>(
  filter: ClaimFilter,
  key: K,
  value: ClaimFilter[K] | undefined,
): ClaimFilter {
  const blank = value === undefined || (value.trim() === '' && key !== 'placeCode');
  const next: ClaimFilter = {};
  for (const k of FILTER_KEYS) {
    if (k !== key && filter[k] !== undefined) Object.assign(next, { [k]: filter[k] });
  }
  return blank ? next : { ...next, [key]: value };
}

/** A stable text key of a view, equal for equal views whatever the order of their fields. */
export function viewKey(filter: ClaimFilter, sort: ClaimSort): string {
  const parts = FILTER_KEYS.filter((key) => filter[key] !== undefined).map(
    (key) => [key, filter[key]] as const,
  );
  return JSON.stringify([parts, sort.column, sort.direction]);
}
