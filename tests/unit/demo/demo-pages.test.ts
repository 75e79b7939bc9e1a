import { describe, expect, it } from 'vitest';
import { demoArticle } from '../../demo/demo-article';
import { buildDemoPages } from '../../demo/demo-site';
import { STORIES } from '../../demo/stories';
import { escapeHtml, renderPage } from '../../demo/templates';

const FILE = `URL: https://news.example/world/drones-story
Date: 2025-03-11 (from the text)
Outlet: Example News
Original source/wire: AP (Associated Press)
---
 date 2025-03-11 Drones target Moscow overnight
Photo: smoke over the city. REUTERS
By Jane Doe and John Roe
- At least 91 drones downed
- One killed
The Russian military said 337 drones were shot down.
Scale of the attack
Another 126 were downed over Kursk, the ministry said. More were lost ov`;

describe('a corpus article as a demo page', () => {
  const article = demoArticle(FILE, {
    file: 'x.txt',
    look: 'wire',
    leaveOut: ['Photo:'],
  });

  it('takes its address, outlet and day from the header lines', () => {
    expect(article).toMatchObject({
      canonical: 'https://news.example/world/drones-story',
      host: 'news.example',
      path: '/world/drones-story',
      outlet: 'Example News',
      published: '2025-03-11',
      publishedAt: '2025-03-11',
    });
  });

  it('finds the headline and byline, leaves out furniture and ends at a whole sentence', () => {
    expect(article.headline).toBe('Drones target Moscow overnight');
    expect(article.byline).toBe('By Jane Doe and John Roe');
    expect(article.blocks).toEqual([
      { kind: 'ul', items: ['At least 91 drones downed', 'One killed'] },
      { kind: 'p', text: 'The Russian military said 337 drones were shot down.' },
      { kind: 'h2', text: 'Scale of the attack' },
      { kind: 'p', text: 'Another 126 were downed over Kursk, the ministry said.' },
    ]);
  });

  it('asks for a headline when the text starts with a sentence', () => {
    const noHeadline = `${FILE.slice(0, FILE.indexOf('---') + 4)}The military said 337 drones were shot down.`;
    expect(() => demoArticle(noHeadline, { file: 'x.txt', look: 'wire' })).toThrow(/headline/);
  });
});

describe('the demo pages', () => {
  const pages = buildDemoPages((a) => `http://${a.host}:8080${a.path}`);

  it('are the stories, each a page of its own address with its metadata', () => {
    expect(pages).toHaveLength(STORIES.length);
    expect(new Set(pages.map((p) => p.article.path)).size).toBe(pages.length);
    for (const p of pages) {
      expect(p.html).toContain(`<link rel="canonical" href="${escapeHtml(p.article.canonical)}">`);
      expect(p.html).toContain(
        `<meta property="article:published_time" content="${p.article.publishedAt}">`,
      );
      expect(p.article.blocks.length).toBeGreaterThan(0);
    }
  });

  it('include the two written for the demo, timed to the minute and saying they are made up', () => {
    const own = pages.filter((p) => p.spec.own);
    expect(own.map((p) => [p.article.outlet, p.article.publishedAt])).toEqual([
      ['Kyiv Ledger', '2025-07-09T09:10:00+03:00'],
      ['Danube Wire', '2025-07-09T18:40:00+03:00'],
    ]);
    // The time is what orders the morning's toll before the evening's, on the same day.
    expect(own[0]!.html).toContain(
      '<meta property="article:published_time" content="2025-07-09T09:10:00+03:00">',
    );
    expect(own[0]!.html).toContain('the outlet and its story are made up');
    expect(pages[0]!.html).toContain("the story text is the outlet's");
    // Each links the other as the same night's news.
    expect(own[0]!.html).toContain(own[1]!.article.path);
  });

  it('render the corpus as text, never as markup', () => {
    const hostile = { ...pages[0]!.article, headline: '<img src=x onerror=alert(1)>' };
    const html = renderPage(hostile, 'dark', [{ title: '"><script>', href: 'https://a.example/' }]);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
