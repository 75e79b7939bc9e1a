/**
 * Content-derived claim ids and canonical source URLs (CLAIMS.md section 6).
 *
 * @module
 */
import type { Claim, Origin } from './claim';
import { LruCache } from './lru-cache';
import type { Mention, Source } from './mention';

/** Query parameters that only track the reader; they never change which article a URL names. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'ocid',
  'cmpid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'smid',
  'ito',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

/**
 * The canonical form of an article URL: lower-case host, no fragment, no tracking parameters
 * (`utm_*`, `fbclid`, `gclid`, `ocid`, `cmpid`, …), no trailing slash except for the root path.
 * Other parameters keep their order.
 *
 * @throws Error for a string that is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new Error(`not a URL: ${url.slice(0, 200)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new Error(`not an http(s) URL: ${url.slice(0, 200)}`);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  for (const name of [...new Set(u.searchParams.keys())])
    if (isTracking(name)) u.searchParams.delete(name);
  if (u.searchParams.toString() === '') u.search = '';
  if (u.pathname.length > 1 && u.pathname.endsWith('/'))
    u.pathname = u.pathname.replace(/\/+$/, '') || '/';
  return u.href;
}

/**
 * How many URLs' keys {@link sourceKey} remembers. A page's check reads a few hundred claims from
 * a few hundred pages; the bound keeps a long-lived worker's memory flat.
 */
export const SOURCE_KEYS_KEPT = 4096;

/** The keys of URLs asked for lately. */
const sourceKeys = new LruCache<string, string>(SOURCE_KEYS_KEPT);

/**
 * The key that tells sources apart: the canonical URL for http(s) URLs, the trimmed URL as given
 * for anything else (e.g. the `file://` URLs the `check` command gives files without a URL).
 * Never throws.
 *
 * A verdict compares every other source's URL with the page's and with each other's, so the same
 * few URLs are asked for hundreds of times per page, and parsing one costs tens of microseconds
 * in a browser: the key of each recent URL is kept.
 */
export function sourceKey(url: string): string {
  const known = sourceKeys.get(url);
  if (known !== undefined) return known;
  let key: string;
  try {
    key = canonicalUrl(url);
  } catch {
    key = url.trim();
  }
  sourceKeys.set(url, key);
  return key;
}

/**
 * A 128-bit hash of a string's UTF-16 code units as 32 hex digits: four 32-bit lanes mixed with
 * `Math.imul` (cyrb128 by bryc, public domain). Pure and synchronous, the same in Node and
 * browsers. Not cryptographic.
 */
export function hash128(s: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/**
 * The id of the claim that `sourceUrl` published `m`: `c_` and 32 hex digits derived from the
 * URL, the metric, the value (n, min, max, qualifier) and the quote, so the same figure from the
 * same page is the same claim everywhere. The URL is hashed as given; {@link claimFromMention}
 * passes its {@link sourceKey}.
 */
export function claimId(sourceUrl: string, m: Mention): string {
  const { n, min, max, qualifier } = m.value;
  return (
    'c_' +
    hash128(JSON.stringify(['claim/1', sourceUrl, m.metric, n, min, max, qualifier, m.quote]))
  );
}

/**
 * A Claim for a figure that `source` published. Only the Mention fields of CLAIMS.md section 4
 * are kept (extras such as text offsets are dropped); the id uses the source's canonical URL.
 *
 * @param now - ISO date-time used for `createdAt` and `updatedAt`.
 */
export function claimFromMention(
  m: Mention,
  source: Source & { url: string },
  origin: Origin,
  now: string,
): Claim {
  return {
    text: m.text,
    quote: m.quote,
    metric: m.metric,
    value: { n: m.value.n, min: m.value.min, max: m.value.max, qualifier: m.value.qualifier },
    attacker: m.attacker,
    group: m.group,
    place: m.place,
    date: m.date,
    attributedTo: m.attributedTo,
    id: claimId(sourceKey(source.url), m),
    source: {
      url: source.url,
      outlet: source.outlet,
      title: source.title,
      publishedAt: source.publishedAt,
    },
    origin,
    createdAt: now,
    updatedAt: now,
  };
}
