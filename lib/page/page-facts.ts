import type { Source } from '../claims/mention';
import { findArticleRoot, findHeadline } from './article-root';
import { dateFromUrl, normalizeDate } from './dates';
import { queryAll, squash, textOf } from './dom';
import { readJsonLd } from './json-ld';
import type { ArticleReadCache } from './read-cache';
import { isInsideClutter } from './skip-rules';
import { hostOutlet, titleOutlet } from '../claims/outlet';
import { cutText } from '../claims/text';

export { publishedDay } from './dates';

const MAX_URL = 4096;
/** `<meta name>` values some CMSs use for the publication time, in order of trust. */
const DATE_META_NAMES = [
  'date',
  'pubdate',
  'publish-date',
  'publish_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
];

/** First `content` per lower-cased `property` / `name` / `itemprop` of `<meta>` elements. */
function readMeta(doc: Document, read: ArticleReadCache | null): Map<string, string> {
  const meta = new Map<string, string>();
  const all = read ? read.queryPage(doc, 'meta') : queryAll(doc, 'meta');
  for (const el of all.slice(0, 1000)) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = (el.getAttribute(attr) ?? '').trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, cutText(content.trim(), 5000));
    }
  }
  return meta;
}

/** `href` resolved against `base`, if the result is an http(s) URL; else null. */
function httpUrl(href: string | null | undefined, base: string): string | null {
  const raw = href?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    try {
      url = new URL(raw);
    } catch {
      return null;
    }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.length <= MAX_URL ? url.href : null;
}

function pageUrlFallback(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    url.hash = '';
    return url.href.length <= MAX_URL ? url.href : null;
  } catch {
    return null;
  }
}

function canonicalUrl(
  doc: Document,
  meta: Map<string, string>,
  pageUrl: string,
  read: ArticleReadCache | null,
): string | null {
  const links = read ? read.queryPage(doc, 'link') : queryAll(doc, 'link');
  for (const link of links.slice(0, 500)) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const url = httpUrl(link.getAttribute('href'), pageUrl);
    if (url) return url;
  }
  return httpUrl(meta.get('og:url'), pageUrl) ?? pageUrlFallback(pageUrl);
}

function documentTitle(doc: Document): string | null {
  try {
    return squash(doc.title, 1000) || null;
  } catch {
    return null;
  }
}

/** A `<time>` element's machine-readable value, or its text when that is all it has. */
function timeValue(el: Element): string | null {
  return normalizeDate(
    el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el, 200),
  );
}

/**
 * The publication time from visible markup: an element marked as the publication date, else the
 * first `<time datetime>` of the story (its header), else the first outside clutter (comments
 * and related stories carry their own, later, dates).
 */
function markupDate(doc: Document, root: Element): string | null {
  for (const el of queryAll(doc, '[itemprop="datePublished"], time[pubdate]').slice(0, 20)) {
    const value = timeValue(el);
    if (value) return value;
  }
  for (const el of queryAll(root, 'time[datetime]').slice(0, 20)) {
    const value = timeValue(el);
    if (value) return value;
  }
  const cache = new Map<Element, boolean>();
  for (const el of queryAll(doc, 'time[datetime]').slice(0, 200)) {
    if (isInsideClutter(el, cache)) continue;
    const value = timeValue(el);
    if (value) return value;
  }
  return null;
}

function firstOf<T>(...candidates: (() => T | null | undefined)[]): T | null {
  for (const candidate of candidates) {
    try {
      const value = candidate();
      if (value !== null && value !== undefined && value !== '') return value;
    } catch {
      // one broken source of a fact must not hide the others
    }
  }
  return null;
}

/**
 * The page's source facts (CLAIMS.md section 5) from its own metadata: canonical URL, outlet,
 * title and publication time, each from the most specific place the page states it.
 * Never throws; a fact the page does not state is null.
 * @param root the story element if the caller already found it (saves a second search)
 * @param read the page's read cache: its elements (`<meta>`, `<script>`, `<link>`, `<h1>`) are
 *   not looked for again until one comes or goes
 */
export function readPageFacts(
  doc: Document,
  pageUrl: string,
  root?: Element,
  read: ArticleReadCache | null = null,
): Source {
  const meta = firstOf(() => readMeta(doc, read)) ?? new Map<string, string>();
  const ld = readJsonLd(doc, read);
  const story = root ?? findArticleRoot(doc, read);
  const url = firstOf(() => canonicalUrl(doc, meta, pageUrl, read));

  const outlet = firstOf(
    () => squash(meta.get('og:site_name'), 200),
    () => ld.publisherName,
    () => titleOutlet(documentTitle(doc), url ?? pageUrl),
    () => hostOutlet(url ?? pageUrl),
  );
  const title = firstOf(
    () => squash(meta.get('og:title'), 1000),
    () => ld.headline,
    () => squash(textOf(findHeadline(doc, story, read), 5000), 1000),
    () => documentTitle(doc),
  );
  const publishedAt = firstOf(
    () => normalizeDate(meta.get('article:published_time')),
    () => normalizeDate(ld.datePublished),
    () => markupDate(doc, story),
    () => firstOf(...DATE_META_NAMES.map((name) => () => normalizeDate(meta.get(name)))),
    () => dateFromUrl(url),
    () => dateFromUrl(pageUrl),
  );
  return { url, outlet, title, publishedAt };
}
