/**
 * The edit dialog's form: a claim's correctable fields as the text the inputs hold, and back
 * to the changes `update-claim` takes, checked with the protocol's own schema first.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { Place, Qualifier } from '../claims/mention';
import { interval } from '../extract/qualifiers';
import { ClaimChangesSchema, type ClaimChanges } from '../messages/protocol';
import { isCalendarDate } from './url-state';

/** What the inputs hold; blanks mean "not known" (null), or "unbounded" for min and max. */
export interface EditorForm {
  metric: string;
  qualifier: Qualifier;
  n: string;
  min: string;
  max: string;
  date: string;
  placeName: string;
  placeCode: string;
  placeLevel: Place['level'];
  attacker: '' | 'RU' | 'UA';
  group: '' | 'civilians' | 'children' | 'military';
  attributedTo: string;
}

export type EditorField = keyof EditorForm;

/** A problem with one input, in words for the user. */
export interface EditorError {
  field: EditorField;
  message: string;
}

export type EditorResult =
  { ok: true; changes: ClaimChanges } | { ok: false; errors: EditorError[] };

const text = (n: number | null): string => (n === null ? '' : String(n));

/** The form filled in from a claim. */
export function editorForm(claim: Claim): EditorForm {
  return {
    metric: claim.metric,
    qualifier: claim.value.qualifier,
    n: String(claim.value.n),
    min: text(claim.value.min),
    max: text(claim.value.max),
    date: claim.date ?? '',
    placeName: claim.place?.name ?? '',
    placeCode: claim.place?.code ?? '',
    placeLevel: claim.place?.level ?? 'region',
    attacker: claim.attacker ?? '',
    group: claim.group ?? '',
    attributedTo: claim.attributedTo ?? '',
  };
}

/** A whole number as typed ("1,200" and "1 200" read as 1200); null for blank. */
function parseCount(raw: string): number | null | 'invalid' {
  const compact = raw.trim().replace(/[\s,]/g, '');
  if (compact === '') return null;
  if (!/^\d{1,15}$/.test(compact)) return 'invalid';
  return Number(compact);
}

/**
 * The bounds a qualifier gives a written number, as the extractor reads it ("more than 400"
 * → 401 and up; "around 122" → 116–128). `upper` is a range's upper end. Null when `n` (or a
 * range's `upper`) is not a whole number.
 */
export function boundsFor(
  qualifier: Qualifier,
  n: string,
  upper = '',
): { min: string; max: string } | null {
  const written = parseCount(n);
  if (typeof written !== 'number') return null;
  let top = written;
  if (qualifier === 'range') {
    const parsed = parseCount(upper);
    if (typeof parsed !== 'number' || parsed < written) return null;
    top = parsed;
  }
  const value = interval(written, qualifier, false, top);
  return { min: text(value.min), max: text(value.max) };
}

/** Which input a schema issue belongs to. */
function fieldOf(path: readonly PropertyKey[]): EditorField {
  const [head, sub] = path;
  if (head === 'value') return sub === 'n' ? 'n' : sub === 'min' ? 'min' : 'max';
  if (head === 'place')
    return sub === 'code' ? 'placeCode' : sub === 'level' ? 'placeLevel' : 'placeName';
  if (head === 'metric' || head === 'date' || head === 'attacker' || head === 'group') return head;
  return 'attributedTo';
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes the form makes to `claim`, only the fields that differ, validated with
 * `ClaimChangesSchema`; or every problem found, each tied to its input.
 */
export function editorChanges(form: EditorForm, claim: Claim): EditorResult {
  const errors: EditorError[] = [];
  const count = (field: 'n' | 'min' | 'max'): number | null => {
    const parsed = parseCount(form[field]);
    if (parsed === 'invalid') {
      errors.push({ field, message: 'Enter a whole number of 0 or more, or leave it blank.' });
      return null;
    }
    return parsed;
  };
  const n = count('n');
  const min = count('min');
  const max = count('max');
  if (n === null && !errors.some((e) => e.field === 'n'))
    errors.push({ field: 'n', message: 'Enter the number as written.' });

  const date = form.date.trim();
  if (date !== '' && !isCalendarDate(date))
    errors.push({ field: 'date', message: 'Enter a date as YYYY-MM-DD, or leave it blank.' });

  const placeName = form.placeName.trim();
  const placeCode = form.placeCode.trim().toUpperCase();
  if (placeName === '' && placeCode !== '')
    errors.push({ field: 'placeName', message: 'A place with a code needs a name.' });
  if (errors.length > 0) return { ok: false, errors };

  const edited: Required<ClaimChanges> = {
    metric: form.metric.trim(),
    value: { n: n ?? 0, min, max, qualifier: form.qualifier },
    attacker: form.attacker === '' ? null : form.attacker,
    group: form.group === '' ? null : form.group,
    place:
      placeName === ''
        ? null
        : { name: placeName, code: placeCode === '' ? null : placeCode, level: form.placeLevel },
    date: date === '' ? null : date,
    attributedTo: form.attributedTo.trim() === '' ? null : form.attributedTo.trim(),
  };
  const current: Required<ClaimChanges> = {
    metric: claim.metric,
    value: {
      n: claim.value.n,
      min: claim.value.min,
      max: claim.value.max,
      qualifier: claim.value.qualifier,
    },
    attacker: claim.attacker,
    group: claim.group,
    place: claim.place && {
      name: claim.place.name,
      code: claim.place.code,
      level: claim.place.level,
    },
    date: claim.date,
    attributedTo: claim.attributedTo,
  };
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(edited) as (keyof ClaimChanges)[]) {
    if (!same(edited[key], current[key])) changes[key] = edited[key];
  }
  const checked = ClaimChangesSchema.safeParse(changes);
  if (checked.success) return { ok: true, changes: checked.data };
  return {
    ok: false,
    errors: checked.error.issues.map((issue) => ({
      field: fieldOf(issue.path),
      message: friendlyMessage(issue.path, issue.message),
    })),
  };
}

/** Schema messages are for programmers; these are for the person editing. */
function friendlyMessage(path: readonly PropertyKey[], message: string): string {
  const [head, sub] = path;
  if (head === 'value' && sub === undefined) return 'The lowest value must not exceed the highest.';
  if (head === 'metric') return 'Choose a metric such as "drones.downed".';
  if (head === 'place' && sub === 'code')
    return 'A place code looks like "RU-MOS", "UA-30", "RU" or "UA".';
  if (head === 'place' && sub === 'name') return 'A place name is at most 200 characters.';
  if (head === 'attributedTo') return 'Who said it is at most 200 characters.';
  return message;
}
