/**
 * Whether a page is a news article at all. Section fronts, search results and login pages hold
 * numbers too ("32 drones" in a teaser), but Figure Check reads stories, so those pages are left
 * alone and the popup says why.
 *
 * @module
 */
import type { Source } from '../claims/mention';
import { queryAll, squash, squashedLength, textOf } from './dom';
import type { ArticleReadCache } from './read-cache';
import type { ArticleText } from './text-map';

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 500;

/** schema.org types of a story: NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting… */
const ARTICLE_TYPE = /(?:Article|BlogPosting)$/;
/** schema.org types of a page that lists stories rather than telling one. */
const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ProfilePage']);

/** A block this short is a caption or a label, even when it ends with a full stop. */
const MIN_SENTENCE_WORDS = 5;
/** Running prose without a story element: this many sentence blocks, this much text. */
const MIN_PROSE_BLOCKS = 3;
const MIN_PROSE_CHARS = 400;
/**
 * Blocks looked at for prose: the first ones tell. Two hundred blocks are several long stories'
 * worth; past them a page is a story with an appendix (a live blog's older entries, a list of
 * related links), and the appendix neither makes it a story nor stops it being one. Each read of
 * a live blog weighs up to half of these again, so the number is also the cost of every change.
 */
const MAX_PROSE_BLOCKS = 200;
/** A block whose text is mostly link text is a headline link or a menu entry. */
const LINK_SHARE = 0.5;
/** A page with this many story elements is a list of teasers, unless one of them dominates. */
const MANY_STORIES = 3;

type Kind = 'article' | 'listing' | null;

function typesOf(node: unknown): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const t: unknown = (node as Record<string, unknown>)['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Objects at the top of each JSON-LD script, in its arrays, `@graph` and `mainEntity`. */
function ldNodes(doc: Document, read: ArticleReadCache | null): unknown[] {
  const queue: unknown[] = [];
  const scripts = read ? read.queryPage(doc, 'script') : queryAll(doc, 'script');
  for (const script of scripts.slice(0, 200)) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json') || queue.length >= MAX_SCRIPTS) continue;
    const raw = textOf(script, MAX_SCRIPT_CHARS + 1);
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    try {
      queue.push(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')));
    } catch {
      // malformed JSON-LD says nothing either way
    }
  }
  const nodes: unknown[] = [];
  for (let i = 0; i < queue.length && nodes.length < MAX_NODES; i++) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...item.slice(0, MAX_NODES));
    else if (typeof item === 'object' && item !== null) {
      nodes.push(item);
      const record = item as Record<string, unknown>;
      for (const key of ['@graph', 'mainEntity']) if (record[key]) queue.push(record[key]);
    }
  }
  return nodes;
}

/** What the page's own metadata says it is: JSON-LD types, then `og:type`. */
function metadataKind(doc: Document, read: ArticleReadCache | null): Kind {
  const types = ldNodes(doc, read).flatMap(typesOf);
  // A front page may describe its teasers as articles; saying it is a collection settles it.
  if (types.some((t) => LISTING_TYPES.has(t))) return 'listing';
  if (types.some((t) => ARTICLE_TYPE.test(t))) return 'article';
  const metas = read ? read.queryPage(doc, 'meta') : queryAll(doc, 'meta');
  for (const meta of metas.slice(0, 1000)) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key !== 'og:type') continue;
    if (saysArticle(meta)) return 'article';
  }
  return null;
}

/** Whether an `og:type` meta element's content is "article", in any case or spacing. */
function saysArticle(meta: Element): boolean {
  return squash(meta.getAttribute('content'), 100).toLowerCase() === 'article';
}

/**
 * Whether the page says in its `og:type` that it is something other than an article (a front
 * page's "website"): one query, before the page is read. A page that says nothing may be a story.
 */
export function declaresNoStory(doc: Document): boolean {
  const meta = doc.querySelector('meta[property="og:type"], meta[name="og:type"]');
  return meta !== null && !saysArticle(meta);
}

/** A search page: `/search` in the path or a query parameter the common engines use. */
function isSearchUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    const { pathname, searchParams } = new URL(url);
    if (/(?:^|\/)search(?:$|[/.])/i.test(pathname)) return true;
    return ['q', 'query', 's', 'search'].some((name) => searchParams.has(name));
  } catch {
    return false;
  }
}

function linkShare(el: Element, length: number): number {
  if (length === 0) return 0;
  let linked = 0;
  for (const a of queryAll(el, 'a').slice(0, 200)) linked += squashedLength(textOf(a, 5000));
  return Math.min(1, linked / length);
}

interface Prose {
  /** Blocks that are sentences of running text. */
  sentences: number;
  /** Their text, in characters. */
  chars: number;
  /** Blocks that are mostly link text. */
  links: number;
}

/**
 * Whether `text` from `start` to `end` (whitespace-collapsed) holds at least `n` words, counted
 * only that far.
 */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < n; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words >= n;
}

/** Closing quotes and brackets that may stand between a sentence's stop and the space after. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const SPACE = /\s/;

/**
 * Whether a sentence ends in `text` between `start` and `end`: a stop, optionally closed by a
 * quote or bracket, then space or the end. Read in place: a page has thousands of blocks.
 */
function hasSentenceEnd(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    if (j < end && CLOSERS.has(text.charAt(j))) j += 1;
    if (j === end || SPACE.test(text.charAt(j))) return true;
  }
  return false;
}

/** Whether most of `el`'s text is link text (1) or not (0). */
function mostlyLinks(el: Element): number {
  const length = squashedLength(textOf(el, 20_000), 20_000);
  return linkShare(el, length) >= LINK_SHARE ? 1 : 0;
}

/**
 * The prose of the article's first blocks. Stops early once the rest cannot change what
 * {@link looksLikeArticle} makes of it: enough sentences and text, and more sentences than
 * links even if every block left were links.
 */
function proseOf(article: ArticleText, cache: ArticleReadCache | null): Prose {
  const prose: Prose = { sentences: 0, chars: 0, links: 0 };
  const { blocks } = article;
  const n = Math.min(blocks.length, MAX_PROSE_BLOCKS);
  for (let i = 0; i < n; i++) {
    const block = blocks[i]!;
    const links = cache
      ? cache.measure(block.element, 'mostly-links', mostlyLinks)
      : mostlyLinks(block.element);
    if (links === 1) {
      prose.links += 1;
    } else if (
      hasWords(block.text, 0, block.text.length, MIN_SENTENCE_WORDS) &&
      hasSentenceEnd(block.text, 0, block.text.length)
    ) {
      prose.sentences += 1;
      prose.chars += block.end - block.start;
      const left = n - i - 1;
      if (
        prose.sentences >= MIN_PROSE_BLOCKS &&
        prose.chars >= MIN_PROSE_CHARS &&
        prose.sentences > prose.links + left
      )
        return prose;
    }
  }
  return prose;
}

/** The `<article>` or `articleBody` element the text was read from, if it was. */
function storyElement(article: ArticleText): Element | null {
  for (const block of article.blocks.slice(0, 200)) {
    try {
      const story = block.element.closest('article, [itemprop~="articleBody"]');
      if (story) return story;
    } catch {
      // a detached or odd element simply does not count
    }
  }
  return null;
}

/** Whether `story` is one teaser among several story elements of similar weight. */
function oneOfMany(doc: Document, story: Element, read: ArticleReadCache | null): boolean {
  const stories = (read ? read.queryPage(doc, 'article') : queryAll(doc, 'article'))
    .slice(0, 500)
    .filter((a) => !a.parentElement?.closest('article'));
  if (stories.length < MANY_STORIES) return false;
  const total = stories.reduce((sum, a) => sum + squashedLength(textOf(a, 50_000), 50_000), 0);
  const own = squashedLength(textOf(story.closest('article') ?? story, 50_000), 50_000);
  return own < total / 2;
}

/**
 * Whether the page reads as a news article: its metadata says so (JSON-LD `NewsArticle`,
 * `Article`, `ReportageNewsArticle`, `BlogPosting`, `LiveBlogPosting`; `og:type` article), or
 * its text comes from a story element (`<article>`, `[itemprop=articleBody]`) holding sentences,
 * or it has running prose: several blocks of sentences, more of them than blocks of links.
 * Collection and search-results pages, search URLs, lists of teasers and pages of links are not.
 *
 * @param facts - the page's source facts (its canonical URL is looked at).
 * @param article - the page's text as the content script read it.
 * @param cache - the page's read cache: blocks unchanged since the last read are not weighed again,
 *   and the page's scripts, metadata and story elements are not looked for again until one comes
 *   or goes.
 */
export function looksLikeArticle(
  doc: Document,
  facts: Source,
  article: ArticleText,
  cache: ArticleReadCache | null = null,
): boolean {
  try {
    const said = metadataKind(doc, cache);
    if (said) return said === 'article';
    if (isSearchUrl(facts.url)) return false;
    const prose = proseOf(article, cache);
    if (prose.sentences === 0 || prose.sentences < prose.links) return false;
    const story = storyElement(article);
    if (story && !oneOfMany(doc, story, cache)) return true;
    return (
      prose.sentences >= MIN_PROSE_BLOCKS &&
      prose.chars >= MIN_PROSE_CHARS &&
      prose.sentences > prose.links
    );
  } catch {
    // Unsure: treat the page as a story, so a real article is never left unchecked.
    return true;
  }
}
