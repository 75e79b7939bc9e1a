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
        `<meta property="article:published_time" content="${p.article.published}">`,
      );
      expect(p.article.blocks.length).toBeGreaterThan(0);
    }
  });

  it('render the corpus as text, never as markup', () => {
    const hostile = { ...pages[0]!.article, headline: '<img src=x onerror=alert(1)>' };
    const html = renderPage(hostile, 'dark', [{ title: '"><script>', href: 'https://a.example/' }]);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
