import { bodyOf, isElement, queryAll, squash, tagOf, textOf } from './dom';
import type { ArticleReadCache } from './read-cache';
import { isInsideClutter } from './skip-rules';

/** Paragraphs looked at when scoring; a page with more is scored on its first ones. */
const MAX_PARAGRAPHS = 5000;
/** An `<article>` must hold this share of the page's paragraph text, else it is a teaser card. */
const ARTICLE_MIN_SHARE = 0.3;

type ClutterCache = Map<Element, boolean>;

interface Paragraph {
  el: Element;
  length: number;
}

/** Paragraphs outside clutter, with their whitespace-collapsed text length. */
function paragraphs(
  doc: Document,
  cache: ClutterCache,
  lengths: ArticleReadCache | null,
): Paragraph[] {
  const out: Paragraph[] = [];
  const all = lengths ? lengths.queryPage(doc, 'p') : queryAll(doc, 'p');
  for (const el of all.slice(0, MAX_PARAGRAPHS)) {
    // -1: inside clutter. A paragraph moved elsewhere is a node added there, so forgotten.
    const measure = (p: Element): number => (isInsideClutter(p, cache) ? -1 : paragraphLength(p));
    const length = lengths ? lengths.measure(el, 'paragraph', measure) : measure(el);
    if (length > 0) out.push({ el, length });
  }
  return out;
}

function paragraphLength(el: Element): number {
  return squash(textOf(el, 20_000), 20_000).length;
}

function contains(outer: Element, inner: Node): boolean {
  try {
    return outer.contains(inner);
  } catch {
    return false;
  }
}

/** The candidate holding the most paragraph text (ties: the first), or null. */
function best(candidates: readonly Element[], paras: readonly Paragraph[]) {
  if (candidates.length === 0) return null;
  // one walk up from each paragraph instead of a contains() test per candidate and paragraph;
  // paragraphs in a row share their parent, whose candidates above are then known already
  const scores = new Map<Element, number>(candidates.map((c) => [c, 0]));
  let parent: Element | null = null;
  let above: Element[] = [];
  for (const p of paras) {
    if (scores.has(p.el)) scores.set(p.el, scores.get(p.el)! + p.length);
    const up = p.el.parentElement;
    if (up !== parent || up === null) {
      parent = up;
      above = [];
      for (let cur = up; cur; cur = cur.parentElement) if (scores.has(cur)) above.push(cur);
    }
    for (const c of above) scores.set(c, scores.get(c)! + p.length);
  }
  let top: { el: Element; score: number } | null = null;
  for (const el of candidates) {
    const score = scores.get(el) ?? 0;
    if (!top || score > top.score) top = { el, score };
  }
  return top;
}

function candidates(
  doc: Document,
  selector: string,
  cache: ClutterCache,
  read: ArticleReadCache | null,
): Element[] {
  return (read ? read.queryPage(doc, selector) : queryAll(doc, selector))
    .slice(0, 200)
    .filter((el) => !isInsideClutter(el, cache));
}

/**
 * Readability's idea in miniature: every paragraph credits its parent in full and its grandparent
 * by half, so the container of the story's run of paragraphs wins over scattered teaser text.
 */
function densestParagraphBlock(paras: readonly Paragraph[]): Element | null {
  const scores = new Map<Element, number>();
  for (const { el, length } of paras) {
    const parent = el.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && tagOf(grand) !== 'html') scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  return top;
}

/**
 * The element holding the story: the `<article>` with the most paragraph text, else
 * `[itemprop=articleBody]`, else `<main>`, else the densest block of `<p>` text, else `<body>`.
 * Candidates inside navigation, asides, related-story boxes or comments are never chosen.
 *
 * @param read - the page's read cache: paragraphs unchanged since the last read are not measured
 *   again.
 */
export function findArticleRoot(doc: Document, read: ArticleReadCache | null = null): Element {
  const body = bodyOf(doc);
  try {
    read?.sync();
    const cache: ClutterCache = new Map();
    const paras = paragraphs(doc, cache, read);
    const total = paras.reduce((sum, p) => sum + p.length, 0);

    const articles = candidates(doc, 'article', cache, read);
    const topArticle = best(articles, paras);
    if (topArticle && total === 0) {
      return articles.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
    }
    if (topArticle && topArticle.score > 0 && topArticle.score >= ARTICLE_MIN_SHARE * total) {
      return topArticle.el;
    }
    for (const selector of ['[itemprop="articleBody"]', 'main', '[role="main"]']) {
      const top = best(candidates(doc, selector, cache, read), paras);
      if (top && (top.score > 0 || total === 0)) return top.el;
    }
    return densestParagraphBlock(paras) ?? body;
  } catch {
    return body;
  }
}

function documentTitle(doc: Document): string {
  try {
    return squash(doc.title, 1000).toLowerCase();
  } catch {
    return '';
  }
}

/**
 * The page's main headline: an `<h1>` inside `root` if there is one, else the `<h1>` outside
 * clutter that matches the `<title>` (else the longest). Site logos set as `<h1>` sit in the site
 * header, which counts as clutter.
 *
 * @param read - the page's read cache: the page's `<h1>`s are not looked for again until one
 *   comes or goes.
 */
export function findHeadline(
  doc: Document,
  root: Element,
  read: ArticleReadCache | null = null,
): Element | null {
  try {
    const cache: ClutterCache = new Map();
    const h1s = (read ? read.queryPage(doc, 'h1') : queryAll(doc, 'h1'))
      .slice(0, 100)
      .filter((h) => isElement(h) && squash(textOf(h, 5000)).length > 0);
    const usable = h1s.filter((h) => !isInsideClutter(h, cache));
    const inside = usable.find((h) => contains(root, h));
    if (inside) return inside;
    const title = documentTitle(doc);
    let top: Element | null = null;
    let topScore = -1;
    for (const h of usable) {
      const text = squash(textOf(h, 5000), 1000).toLowerCase();
      const score = (title.includes(text) ? 10_000 : 0) + text.length;
      if (score > topScore) {
        top = h;
        topScore = score;
      }
    }
    return top;
  } catch {
    return null;
  }
}
