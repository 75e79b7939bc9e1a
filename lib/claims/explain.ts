/**
 * Explained differences (CLAIMS.md section 2.1): a gap between two sources' figures for the same
 * event that the news itself explains. `sum`: one figure is the sum of the other source's parts
 * (296 shot down + 415 lost to jamming = 711 "intercepted"); `update`: a casualty toll published
 * later and higher supersedes an earlier one. And parts, which are shown but never change a
 * verdict: a region's figure inside the same originator's country-wide figure, a group inside a
 * toll.
 *
 * @module
 */
import type { Claim, Explanation, Other, Part } from './claim';
import { sourceKey } from './claim-id';
import { formatValue } from './interval';
import type { Mention, Source, Value } from './mention';
import { comparePublished, publishedDayOf } from './published';

type EventFields = Pick<Mention, 'metric' | 'group' | 'date' | 'place' | 'attacker'>;

/**
 * The pairs of metrics whose figures add up to `metric`: shot down + lost to jamming make the
 * neutralized total (wire copy writes that total as "intercepted" or "destroyed", so a downed
 * figure counts as one too); drones + missiles make the aerial figure of the same action.
 */
export function sumParts(metric: string): [string, string][] {
  const [cls, action] = metric.split('.');
  if (!cls || !action || cls === 'people') return [];
  const pairs: [string, string][] = [];
  if (action === 'downed' || action === 'neutralized')
    pairs.push([`${cls}.downed`, `${cls}.suppressed`]);
  if (cls === 'aerial') pairs.push([`drones.${action}`, `missiles.${action}`]);
  return pairs;
}

/** The country a region's or city's code lies in ("RU-MOS" → "RU"), or `null` for a country. */
function countryOf(code: string | null | undefined): string | null {
  if (!code || !code.includes('-')) return null;
  return code.slice(0, code.indexOf('-'));
}

/**
 * The events besides its own whose figures a check of `m` reads: the parts that may add up to it
 * or to another source's figure, the country its region lies in, and the whole toll its group is
 * part of. Each is `m` with its metric, place or group changed.
 */
export function relatedEvents<M extends EventFields>(m: M): M[] {
  const out: M[] = [];
  for (const pair of sumParts(m.metric)) for (const metric of pair) out.push({ ...m, metric });
  const country = countryOf(m.place?.code);
  if (country && m.place)
    out.push({ ...m, place: { name: country, code: country, level: 'country' } });
  if (m.group !== null) out.push({ ...m, group: null });
  return out;
}

function scene(a: EventFields, b: EventFields): boolean {
  return (
    a.date !== null &&
    a.date === b.date &&
    (a.place?.code ?? null) !== null &&
    a.place?.code === b.place?.code &&
    (a.group ?? null) === (b.group ?? null) &&
    (a.attacker === null || b.attacker === null || a.attacker === b.attacker)
  );
}

function holds(v: Pick<Value, 'min' | 'max'>, n: number): boolean {
  return (v.min ?? -Infinity) <= n && n <= (v.max ?? Infinity);
}

/** How each part of a sum reads after its number: "296 shot down", "60 missiles". */
const TERM_WORDS: Readonly<Record<string, string>> = {
  downed: 'shot down',
  suppressed: 'lost to jamming',
  drones: 'drones',
  missiles: 'missiles',
};

function termWords(total: string, part: string): string {
  const [cls, action] = part.split('.');
  // "711 = 296 shot down + 415 lost to jamming"; "537 = 477 drones + 60 missiles".
  const key = total.startsWith('aerial.') && cls !== 'aerial' ? cls! : action!;
  return TERM_WORDS[key] ?? part;
}

/** One way a total is made up: the two figures of one source that add up to it. */
interface Sum {
  terms: [Pick<Mention, 'metric' | 'value' | 'text'>, Pick<Mention, 'metric' | 'value' | 'text'>];
}

/** The sums, among `figures` for the scene of `total`, that fall inside `total`'s interval. */
function sumsTo(
  total: Pick<Mention, 'metric' | 'value'> & EventFields,
  figures: readonly (Pick<Mention, 'metric' | 'value' | 'text'> & EventFields)[],
): Sum | null {
  for (const [ma, mb] of sumParts(total.metric)) {
    const as = figures.filter(
      (f) => f.metric === ma && scene(total, { ...f, metric: total.metric }),
    );
    const bs = figures.filter(
      (f) => f.metric === mb && scene(total, { ...f, metric: total.metric }),
    );
    for (const a of as)
      for (const b of bs) if (holds(total.value, a.value.n + b.value.n)) return { terms: [a, b] };
  }
  return null;
}

function who(o: Pick<Other, 'attributedTo' | 'outlet'>): string {
  return [o.attributedTo, o.outlet].filter((x): x is string => !!x).join(', ') || 'another source';
}

function sumBecause(total: Value, sum: Sum, by: string): string {
  const [a, b] = sum.terms;
  const words = (t: typeof a) => `${t.value.n} ${termWords(sumMetric(sum), t.metric)}`;
  return `${formatValue(total)} = ${words(a)} + ${words(b)} (${by})`;
}

function sumMetric(sum: Sum): string {
  const [a, b] = sum.terms;
  const [ca] = a.metric.split('.');
  const [cb] = b.metric.split('.');
  return ca === cb ? `${ca}.neutralized` : `aerial.${a.metric.split('.')[1]}`;
}

/** "1 Aug", or "31 Jul, 18:40" when the time is known: when a report came out. */
function dayWords(published: string | null | undefined): string | null {
  const day = publishedDayOf(published);
  if (!day) return null;
  const d = new Date(`${day}T00:00:00Z`);
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const time = /T(\d{2}):(\d{2})/.exec(published ?? '');
  return time ? `${date}, ${time[1]}:${time[2]}` : date;
}

/**
 * The sum among `figures` that makes up `total`, said in words with the source whose parts add up
 * ("711 = 296 shot down + 415 lost to jamming (Ukrainian Air Force, AP)"), or `null`. Only one
 * source's own figures are added together, never two sources' parts.
 */
export function sumWords(total: Claim, figures: readonly Claim[]): string | null {
  const bySource = new Map<string, Claim[]>();
  for (const f of figures) {
    const key = sourceKey(f.source.url);
    bySource.set(key, [...(bySource.get(key) ?? []), f]);
  }
  for (const own of bySource.values()) {
    const sum = sumsTo(total, own);
    if (sum) {
      const first = own[0]!;
      return sumBecause(
        total.value,
        sum,
        who({ attributedTo: first.attributedTo, outlet: first.source.outlet }),
      );
    }
  }
  return null;
}

/** What this figure's page offers a check: its URL, its time, and its other figures. */
export interface Page {
  source: Source & { url: string };
  /** The page's other figures, which may be the parts of another source's total. */
  own: readonly Mention[];
}

/**
 * Why a figure of another source that disagrees with `mention` is no dispute, if the news says
 * so: a sum of one source's parts, or a later toll. `null` when it is a real conflict.
 *
 * @param claims - every claim the check read, for the other source's own parts.
 */
export function explainGap(
  mention: Mention,
  page: Page,
  other: Claim,
  asOther: Other,
  claims: readonly Claim[],
): Explanation | null {
  const base = {
    value: other.value,
    source: { url: other.source.url, outlet: other.source.outlet },
    other: asOther,
  };
  if (mention.metric.startsWith('people.')) {
    const order = comparePublished(page.source.publishedAt, other.source.publishedAt);
    if (order === null) return null;
    const when = dayWords(other.source.publishedAt);
    const by = [who(asOther), when].filter(Boolean).join(', ');
    if (order < 0 && other.value.n > mention.value.n) {
      return {
        ...base,
        kind: 'update',
        later: true,
        because: `Later reports say ${formatValue(other.value)} (${by})`,
      };
    }
    if (order > 0 && other.value.n < mention.value.n) {
      return {
        ...base,
        kind: 'update',
        later: false,
        because: `Earlier reports said ${formatValue(other.value)} (${by})`,
      };
    }
    return null;
  }
  // This figure is the total, the other source gives the parts: 711 = 296 + 415 (AP).
  const key = sourceKey(other.source.url);
  const theirs = claims.filter((c) => sourceKey(c.source.url) === key);
  const whole = sumsTo(mention, theirs);
  if (whole)
    return { ...base, kind: 'sum', because: sumBecause(mention.value, whole, who(asOther)) };
  // The other source's figure is the total, this page gives the parts.
  const page_ = sourceKey(page.source.url);
  const ours = [...page.own, ...claims.filter((c) => sourceKey(c.source.url) === page_)];
  const made = sumsTo({ ...mention, value: other.value }, ours);
  if (made) {
    const [a, b] = made.terms;
    const term = (t: typeof a) => `${t.value.n} ${termWords(sumMetric(made), t.metric)}`;
    const because = `${formatValue(other.value)} (${who(asOther)}) = ${term(a)} + ${term(b)}, as reported here`;
    return { ...base, kind: 'sum', part: true, because };
  }
  return null;
}

/**
 * The figures `mention` is a part of, or that are a part of it, from the same originator: a
 * region's count inside the country-wide count, a group inside a toll. Shown on cards; verdicts
 * never change because of them.
 */
export function partsOf(mention: Mention, page: Page, claims: readonly Claim[]): Part[] {
  const out: Part[] = [];
  const pageKey = sourceKey(page.source.url);
  const seen = new Set<string>();
  for (const c of claims) {
    if (c.metric !== mention.metric || c.date !== mention.date || !mention.date) continue;
    if (mention.attacker && c.attacker && mention.attacker !== c.attacker) continue;
    const country = countryOf(mention.place?.code);
    const regionOf =
      country !== null &&
      c.place?.code === country &&
      (c.group ?? null) === (mention.group ?? null) &&
      c.attributedTo !== null &&
      c.attributedTo === mention.attributedTo;
    const groupOf =
      mention.group !== null &&
      c.group === null &&
      c.place?.code === mention.place?.code &&
      c.place?.code != null;
    if (!regionOf && !groupOf) continue;
    const key = JSON.stringify([sourceKey(c.source.url), c.value.n, c.place?.code, c.group]);
    if (seen.has(key)) continue;
    seen.add(key);
    const where = regionOf ? ` over ${c.place?.name ?? country}` : '';
    const from =
      sourceKey(c.source.url) === pageKey
        ? 'this page'
        : who({ attributedTo: c.attributedTo, outlet: c.source.outlet });
    out.push({
      relation: regionOf ? 'region' : 'group',
      value: c.value,
      url: c.source.url,
      outlet: c.source.outlet,
      because: `${formatValue(mention.value)} of the ${formatValue(c.value)}${where} (${from})`,
    });
  }
  return out;
}
