/**
 * `ClaimSchema`'s check of one claim, written out by hand for a list download's hot path.
 * Chromium forbids zod's compiled mode in an extension, and interpreted zod allocates some 8 KB
 * per claim (an issues array and a result object per field and check): at 100,000 claims that
 * made most of a download's garbage, and the young collections it cost moved enough into V8's
 * old generation to make it grow its young one, so the sync's peak memory grew with the list.
 *
 * The schema stays the contract: limits and enums are read from it, patterns and refinements are
 * the ones it uses, and a property test holds this check to accepting exactly what the schema
 * accepts, with the same output. A claim refused here is checked by the schema again, which
 * names what is wrong.
 *
 * @module
 */
import { z } from 'zod';
import {
  CLAIM_ID_PATTERN,
  ClaimSchema,
  ClaimSourceSchema,
  LIST_ORIGIN_PATTERN,
  OriginSchema,
  type Claim,
} from './claim';
import {
  GroupSchema,
  HTTP_URL_START,
  ISO_DATE_PATTERN,
  isCalendarDate,
  METRIC_PATTERN,
  MentionSchema,
  PLACE_CODE_PATTERN,
  PlaceSchema,
  QualifierSchema,
  AttackerSchema,
  ValueSchema,
  type Place,
  type Value,
} from './mention';
import { isWellFormedText } from './text';

type Fields = Record<string, unknown>;

/** A string schema's length limits, as the schema has them. */
interface Limits {
  min: number;
  max: number;
}

function limits(schema: z.ZodString): Limits {
  return { min: schema.minLength ?? 0, max: schema.maxLength ?? Infinity };
}

const mention = MentionSchema.shape;
const source = ClaimSourceSchema.shape;
const TEXT = limits(mention.text);
const QUOTE = limits(mention.quote);
const METRIC = limits(mention.metric);
const ATTRIBUTED_TO = limits(mention.attributedTo.unwrap());
const PLACE_NAME = limits(PlaceSchema.shape.name);
const URL_LIMITS = limits(source.url);
const OUTLET = limits(source.outlet.unwrap());
const TITLE = limits(source.title.unwrap());
const PUBLISHED_AT = limits(source.publishedAt.unwrap());

const QUALIFIERS: ReadonlySet<unknown> = new Set(QualifierSchema.options);
const LEVELS: ReadonlySet<unknown> = new Set(PlaceSchema.shape.level.options);
const ATTACKERS: ReadonlySet<unknown> = new Set([null, ...AttackerSchema.unwrap().options]);
const GROUPS: ReadonlySet<unknown> = new Set([null, ...GroupSchema.unwrap().options]);
const NAMED_ORIGINS: ReadonlySet<unknown> = new Set(OriginSchema.options[0].options);
/** The pattern of `createdAt`, `updatedAt` and `editedAt`: `.datetime({ offset: true })`'s. */
const DATE_TIME = z.regexes.datetime({ offset: true, local: false, precision: null });
/** The fields of the schema's output, in its order; `editedAt` (optional) is the last. */
const CLAIM_FIELDS = Object.keys(ClaimSchema.shape);
const VALUE_FIELDS = Object.keys(ValueSchema.shape);
const PLACE_FIELDS = Object.keys(PlaceSchema.shape);
const SOURCE_FIELDS = Object.keys(ClaimSourceSchema.shape);
/** What `.url()` deletes from the value it gives back, as the URL parser ignores it. */
const TAB_OR_NEWLINE = /[\t\n\r]/g;

function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The length zod's limits measure: code points (a surrogate pair counts once). Only text without
 * lone surrogates is measured, as any other is refused anyway.
 */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) n--;
  }
  return n;
}

function isText(v: unknown, { min, max }: Limits): v is string {
  if (typeof v !== 'string' || !isWellFormedText(v)) return false;
  // A code point is one or two units: counted only when the number of units leaves it in doubt.
  const n = v.length > max || v.length < 2 * min ? codePoints(v) : v.length;
  return n >= min && n <= max;
}

function isTextOrNull(v: unknown, limits: Limits): v is string | null {
  return v === null || isText(v, limits);
}

/** `.int().nonnegative().max(Number.MAX_SAFE_INTEGER)`. */
function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isCountOrNull(v: unknown): v is number | null {
  return v === null || isCount(v);
}

function isDateTime(v: unknown): v is string {
  return typeof v === 'string' && DATE_TIME.test(v);
}

function checkValue(v: unknown): Value | null {
  if (!isFields(v)) return null;
  const { n, min, max, qualifier } = v;
  if (!isCount(n) || !isCountOrNull(min) || !isCountOrNull(max)) return null;
  if (!QUALIFIERS.has(qualifier)) return null;
  if (min !== null && max !== null && min > max) return null;
  return { n, min, max, qualifier: qualifier as Value['qualifier'] };
}

function checkPlace(v: unknown): Place | null | undefined {
  if (v === null) return null;
  if (!isFields(v)) return undefined;
  const { name, code, level } = v;
  if (!isText(name, PLACE_NAME) || !LEVELS.has(level)) return undefined;
  if (code !== null && (typeof code !== 'string' || !PLACE_CODE_PATTERN.test(code)))
    return undefined;
  return { name, code, level: level as Place['level'] };
}

/** `HttpUrlSchema`'s output for `v` (trimmed, tabs and newlines gone), or null when it refuses it. */
function checkUrl(v: unknown): string | null {
  if (!isText(v, URL_LIMITS)) return null;
  const trimmed = v.trim();
  if (!URL.canParse(trimmed)) return null;
  const url = trimmed.replace(TAB_OR_NEWLINE, '');
  return HTTP_URL_START.test(url) ? url : null;
}

function checkSource(v: unknown): Claim['source'] | null {
  if (!isFields(v)) return null;
  const { outlet, title, publishedAt } = v;
  const url = checkUrl(v.url);
  if (url === null || !isTextOrNull(outlet, OUTLET) || !isTextOrNull(title, TITLE)) return null;
  if (!isTextOrNull(publishedAt, PUBLISHED_AT)) return null;
  return { url, outlet, title, publishedAt };
}

function isOrigin(v: unknown): v is Claim['origin'] {
  return NAMED_ORIGINS.has(v) || (typeof v === 'string' && LIST_ORIGIN_PATTERN.test(v));
}

function isDate(v: unknown): v is string | null {
  return v === null || (typeof v === 'string' && ISO_DATE_PATTERN.test(v) && isCalendarDate(v));
}

/**
 * What `ClaimSchema` makes of `input`, a value `JSON.parse` gave: a new claim with only the
 * schema's fields, in its order, or null when the schema would refuse it.
 */
export function checkedClaim(input: unknown): Claim | null {
  if (!isFields(input)) return null;
  const { text, quote, metric, attacker, group, date, attributedTo, id, origin } = input;
  const { createdAt, updatedAt, editedAt } = input;
  if (!isText(text, TEXT) || !isText(quote, QUOTE)) return null;
  if (!isText(metric, METRIC) || !METRIC_PATTERN.test(metric)) return null;
  if (!ATTACKERS.has(attacker) || !GROUPS.has(group) || !isDate(date)) return null;
  if (!isTextOrNull(attributedTo, ATTRIBUTED_TO)) return null;
  if (typeof id !== 'string' || !CLAIM_ID_PATTERN.test(id) || !isOrigin(origin)) return null;
  if (!isDateTime(createdAt) || !isDateTime(updatedAt)) return null;
  if (editedAt !== undefined && !isDateTime(editedAt)) return null;
  const value = checkValue(input.value);
  const place = checkPlace(input.place);
  const checkedSource = checkSource(input.source);
  if (value === null || place === undefined || checkedSource === null) return null;
  const claim: Claim = {
    text,
    quote,
    metric,
    value,
    attacker: attacker as Claim['attacker'],
    group: group as Claim['group'],
    place,
    date,
    attributedTo,
    id,
    source: checkedSource,
    origin,
    createdAt,
    updatedAt,
  };
  if (editedAt !== undefined) claim.editedAt = editedAt;
  return claim;
}

/** Whether `v` is an object whose enumerable keys are the first `count` of `fields`, in order. */
function hasFields(v: unknown, fields: readonly string[], count = fields.length): boolean {
  if (!isFields(v)) return false;
  let i = 0;
  // A for-in over a parsed object makes no array of its keys, unlike Object.keys.
  for (const key in v) if (i >= count || key !== fields[i++]) return false;
  return i === count;
}

/**
 * Whether `input`, from which {@link checkedClaim} made `claim`, already was that claim: the
 * schema's fields and no other, in its order, and a URL `.url()` left as it was. Then the JSON
 * text `input` was parsed from parses to a claim equal to `claim`, fields in the same order, so a
 * download can keep that text instead of making another.
 */
export function isCheckedAsIs(input: unknown, claim: Claim): boolean {
  const fields = claim.editedAt === undefined ? CLAIM_FIELDS.length - 1 : CLAIM_FIELDS.length;
  if (!isFields(input) || !hasFields(input, CLAIM_FIELDS, fields)) return false;
  if (!hasFields(input.value, VALUE_FIELDS) || !hasFields(input.source, SOURCE_FIELDS))
    return false;
  if (claim.place !== null && !hasFields(input.place, PLACE_FIELDS)) return false;
  return isFields(input.source) && input.source.url === claim.source.url;
}
