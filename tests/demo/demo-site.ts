/**
 * The demo's pages: each story of {@link STORIES} as a page in its look, served under its
 * outlet's own host name (which the demo's browser resolves to the local page server), with a
 * sidebar linking the other outlets' pages about the same night.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR } from '../fixtures/articles';
import { demoArticle, type DemoArticle } from './demo-article';
import { STORIES, type StorySpec } from './stories';
import { renderPage } from './templates';

/** One page of the demo. */
export interface DemoPage {
  spec: StorySpec;
  article: DemoArticle;
  /** "01-kyiv-post": its number in reading order and outlet, for file names. */
  name: string;
  html: string;
}

const DAY_MS = 86_400_000;

/** The stories written for the demo (`own` in {@link StorySpec}). */
export const DEMO_TEXTS_DIR = fileURLToPath(new URL('./texts/', import.meta.url));

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Whether two articles are about the same night: same kind of story, published within 2 days. */
function sameNight(a: { spec: StorySpec; article: DemoArticle }, b: typeof a): boolean {
  const folder = (s: StorySpec) => s.file.split('/')[0];
  const days = Math.abs(Date.parse(a.article.published) - Date.parse(b.article.published)) / DAY_MS;
  return folder(a.spec) === folder(b.spec) && days <= 2;
}

/**
 * Builds every demo page; `urlOf` gives the address a page is served at (its host and path on
 * the local server), for the sidebar links.
 */
export function buildDemoPages(urlOf: (article: DemoArticle) => string): DemoPage[] {
  const read = STORIES.map((spec) => ({
    spec,
    article: demoArticle(
      readFileSync(`${spec.own ? DEMO_TEXTS_DIR : CORPUS_DIR}${spec.file}`, 'utf8'),
      spec,
    ),
  }));
  return read.map((page, i) => {
    const related = read
      .filter((other) => other !== page && sameNight(other, page))
      .map((other) => ({
        title: `${other.article.headline} (${other.article.outlet})`,
        href: urlOf(other.article),
      }));
    return {
      ...page,
      name: `${String(i + 1).padStart(2, '0')}-${slug(page.article.outlet)}`,
      html: renderPage(page.article, page.spec.look, related, { own: page.spec.own }),
    };
  });
}
