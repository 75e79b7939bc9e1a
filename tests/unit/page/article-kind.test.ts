import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declaresNoStory, looksLikeArticle } from '../../../lib/page/article-kind';
import { readArticle } from '../../../lib/page/index';
import { dom, page } from './dom-helpers';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const NON_ARTICLE = `${PAGES}non-article/`;

function judge(doc: Document, url: string): boolean {
  const { facts, article } = readArticle(doc, url);
  return looksLikeArticle(doc, facts, article);
}

function judgeFile(path: string, url: string): boolean {
  return judge(dom(readFileSync(path, 'utf8')), url);
}

const PROSE = [
  "Russia's Defense Ministry said on Sunday it had shot down 48 Ukrainian drones over the Kursk region overnight.",
  'The regional governor said the attack damaged a power line but caused no casualties in the city.',
  "Ukraine has not commented on the ministry's claims, which could not be independently verified by reporters.",
  'Officials said clean-up work was under way and that schools would open as usual on Monday morning.',
];

describe('looksLikeArticle', () => {
  const articles = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
  it.each(articles)('reads the article fixture %s as an article', (file) => {
    expect(judgeFile(`${PAGES}${file}`, `https://news.example/world/${file}`)).toBe(true);
  });

  const pages: [string, string][] = [
    ['front-page.html', 'https://ledger.example/'],
    ['section-links.html', 'https://wirepulse.example/world'],
    ['search-results.html', 'https://ledger.example/search?q=drones'],
    // The same results under a URL that does not say "search": the page of links still shows.
    ['search-results.html', 'https://ledger.example/results/drones'],
    ['login.html', 'https://ledger.example/account/login'],
    ['collection-page.html', 'https://eurodispatch.example/topics/ukraine'],
  ];
  it.each(pages)('does not take %s (%s) for an article', (file, url) => {
    expect(judgeFile(`${NON_ARTICLE}${file}`, url)).toBe(false);
  });

  it('believes the page metadata of a short story', () => {
    const body = '<div><p>Drones were downed overnight, the ministry said.</p></div>';
    const ld =
      '<script type="application/ld+json">{"@type":["ReportageNewsArticle"],"headline":"x"}</script>';
    expect(judge(page(body), 'https://a.example/x')).toBe(false);
    expect(judge(page(body, ld), 'https://a.example/x')).toBe(true);
    expect(
      judge(page(body, '<meta property="og:type" content="article">'), 'https://a.example/x'),
    ).toBe(true);
    const live =
      '<script type="application/ld+json">{"@graph":[{"@type":"LiveBlogPosting"}]}</script>';
    expect(judge(page(body, live), 'https://a.example/x')).toBe(true);
  });

  it('takes a story element with a sentence or two for an article', () => {
    const doc = page(
      `<article><h1>Drones over Kursk</h1><p>${PROSE[0]}</p><p><a href="#a">A link after the story</a></p></article>`,
    );
    expect(judge(doc, 'https://a.example/kursk')).toBe(true);
  });

  it('takes running prose without any story markup for an article', () => {
    const doc = page(
      `<div class="x"><h1>Kursk</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    expect(judge(doc, 'https://a.example/kursk')).toBe(true);
    const short = page(`<div class="x"><h1>Kursk</h1><p>${PROSE[0]}</p></div>`);
    expect(judge(short, 'https://a.example/kursk')).toBe(false);
  });

  it('does not take one teaser among many story elements for an article', () => {
    const teaser = (i: number): string =>
      `<article><h2><a href="/s${i}">Story ${i} headline here</a></h2><p>${PROSE[i % 4]}</p></article>`;
    const doc = page([0, 1, 2, 3, 4].map(teaser).join(''));
    expect(judge(doc, 'https://a.example/')).toBe(false);
  });

  it('does not take prose on a search URL for an article', () => {
    const doc = page(`<div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`);
    expect(judge(doc, 'https://a.example/news?q=kursk')).toBe(false);
    expect(judge(doc, 'https://a.example/news?id=kursk')).toBe(true);
  });

  it('counts a block as a sentence only when a stop ends a word, quotes and brackets allowed', () => {
    // Two long blocks of prose: a third sentence block makes the page an article.
    const two = [`${PROSE[0]} ${PROSE[1]}`, `${PROSE[2]} ${PROSE[3]}`];
    const prose = (last: string) =>
      page(
        `<div class="x"><h1>Kursk</h1>${[...two, last].map((p) => `<p>${p}</p>`).join('')}</div>`,
      );
    const words = 'The ministry said the strike on the depot was “a success for the air defence';
    expect(judge(prose(`${words}.”`), 'https://a.example/kursk')).toBe(true);
    expect(judge(prose(`${words} (of the region).)`), 'https://a.example/kursk')).toBe(true);
    // A stop inside a name or a number ends no sentence.
    expect(judge(prose(`${words} at 3.5 km from the U.S.A`), 'https://a.example/kursk')).toBe(
      false,
    );
  });

  it('weighs prose against the links of the whole page, not only of its start', () => {
    const links = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `<p><a href="/s${i}">Another story, number ${i}</a></p>`,
      ).join('');
    const doc = (n: number) =>
      page(
        `<div class="x"><h1>Kursk</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}${links(n)}</div>`,
      );
    expect(judge(doc(3), 'https://a.example/kursk')).toBe(true);
    expect(judge(doc(5), 'https://a.example/kursk')).toBe(false);
  });

  it('judges a long page by its first two hundred blocks, not by what follows them', () => {
    const blocks = (n: number, block: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => block(i)).join('');
    const prose = (n: number) => blocks(n, (i) => `<p>${PROSE[i % 4]}</p>`);
    const links = (n: number) =>
      blocks(n, (i) => `<p><a href="/s${i}">Another story, number ${i}</a></p>`);
    const doc = (body: string) => page(`<div class="x"><h1>Kursk</h1>${body}</div>`);
    // A long story with a longer list of links after it is still a story…
    expect(judge(doc(prose(150) + links(400)), 'https://a.example/kursk')).toBe(true);
    // …and a long list of links with prose far below it is still a list.
    expect(judge(doc(links(150) + prose(400)), 'https://a.example/kursk')).toBe(false);
  });
});

describe('declaresNoStory', () => {
  const withType = (type: string, attribute = 'property'): Document =>
    dom(
      `<html><head><meta ${attribute}="og:type" content="${type}"></head><body><p>x</p></body></html>`,
    );

  it('is true only for a page whose og:type names something other than an article', () => {
    expect(declaresNoStory(withType('website'))).toBe(true);
    expect(declaresNoStory(withType('video.other', 'name'))).toBe(true);
    expect(declaresNoStory(withType('article'))).toBe(false);
    expect(declaresNoStory(withType(' Article '))).toBe(false);
    expect(declaresNoStory(dom('<html><body><article><p>x</p></article></body></html>'))).toBe(
      false,
    );
  });

  it('holds for the front page fixture and for none of the article fixtures', () => {
    expect(declaresNoStory(dom(readFileSync(`${NON_ARTICLE}front-page.html`, 'utf8')))).toBe(true);
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      expect(declaresNoStory(dom(readFileSync(`${PAGES}${file}`, 'utf8'))), file).toBe(false);
    }
  });
});
