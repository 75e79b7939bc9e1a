import { bodyOf, isElement, queryAll, squash, tagOf, textOf } from './dom';
import type { ArticleReadCache } from './read-cache';
import { RootScores, type Candidate } from './root-scores';
import { isInsideClutter } from './skip-rules';

/** An `<article>` must hold this share of the page's paragraph text, else it is a teaser card. */
const ARTICLE_MIN_SHARE = 0.3;

type ClutterCache = Map<Element, boolean>;

interface Paragraph {
  el: Element;
  length: number;
}

function contains(outer: Element, inner: Node): boolean {
  try {
    return outer.contains(inner);
  } catch {
    return false;
  }
}

/** The candidate holding the most paragraph text (ties: the first), or null. */
function best(candidates: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
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
 * @param read - the page's read cache: the paragraph text each candidate holds is brought up to
 *   date from the paragraphs changed since the last read instead of measured again.
 */
export function findArticleRoot(doc: Document, read: ArticleReadCache | null = null): Element {
  const body = bodyOf(doc);
  try {
    read?.sync();
    const scores = read ? read.rootScores : new RootScores(null);
    const { candidates, total, paragraphs } = scores.score(doc);
    const [articles = [], ...others] = candidates;
    const topArticle = best(articles);
    if (topArticle && total === 0) {
      return articles
        .map((c) => c.el)
        .reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
    }
    if (topArticle && topArticle.score > 0 && topArticle.score >= ARTICLE_MIN_SHARE * total) {
      return topArticle.el;
    }
    for (const kind of others) {
      const top = best(kind);
      if (top && (top.score > 0 || total === 0)) return top.el;
    }
    return densestParagraphBlock(paragraphs()) ?? body;
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
