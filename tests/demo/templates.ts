/**
 * The demo's news-site templates: four looks a reader meets every day (a broadsheet, a wire
 * service, a local TV station's site, a dark-themed site), each with the furniture a real page
 * has around its story (masthead, sections, related links, footer) and the metadata a browser
 * extension reads (canonical link, site name, publication time). Every text is escaped: the
 * corpus is data, never markup.
 *
 * @module
 */
import type { Block, DemoArticle } from './demo-article';

/** One of the demo's site designs. */
export type Look = 'broadsheet' | 'wire' | 'local' | 'dark';

/** A link in the page's "more on this story" box. */
export interface RelatedLink {
  title: string;
  href: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` safe inside HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0}
.wrap{max-width:1180px;margin:0 auto;padding:0 24px}
.masthead .wrap{display:flex;align-items:center;justify-content:space-between;gap:24px}
.brand{font-weight:800;letter-spacing:-0.02em;text-decoration:none;color:inherit}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:20px;flex-wrap:wrap}
nav a{color:inherit;text-decoration:none}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:48px;padding:24px 0 48px}
article h1{margin:6px 0 12px;line-height:1.15}
.standfirst{margin:0 0 14px}
.meta{font-size:14px;margin:0 0 22px;padding-bottom:12px}
article p,article li{line-height:1.6}
article ul{padding-left:22px}
aside h2{font-size:15px;text-transform:uppercase;letter-spacing:0.06em;margin:0 0 10px}
aside ol{margin:0;padding-left:20px}
aside li{margin:0 0 10px;line-height:1.35}
footer{padding:28px 0;font-size:13px}
`;

/** Colours and type of each look. */
const LOOK_CSS: Record<Look, string> = {
  broadsheet: `
body{background:#fff;color:#121212;font-family:Georgia,"Times New Roman",serif}
.masthead{border-bottom:1px solid #121212;padding:18px 0 10px}
.brand{font-size:38px;font-family:Georgia,serif;font-weight:700}
.sections{border-bottom:3px double #121212;padding:8px 0;font:600 13px/1.2 Arial,sans-serif;text-transform:uppercase;letter-spacing:0.05em}
.kicker{font:700 13px Arial,sans-serif;color:#a4161a;text-transform:uppercase;letter-spacing:0.06em}
article h1{font-size:40px;font-weight:700}
.standfirst{font-size:20px;color:#444}
.meta{font-family:Arial,sans-serif;color:#555;border-bottom:1px solid #ddd}
article p,article li{font-size:19px}
article h2{font:700 20px Georgia,serif;margin:26px 0 6px}
aside{border-top:3px solid #121212;padding-top:10px;font-family:Arial,sans-serif}
aside a{color:#121212}
footer{border-top:1px solid #121212;color:#555;font-family:Arial,sans-serif}
`,
  wire: `
body{background:#f4f5f7;color:#1d1f23;font-family:"Helvetica Neue",Arial,sans-serif}
.masthead{background:#fff;border-bottom:4px solid #ff8000;padding:14px 0}
.brand{font-size:30px;color:#1d1f23}
.sections{background:#fff;border-bottom:1px solid #d9dce1;padding:10px 0;font-size:14px;font-weight:600;color:#404854}
.layout{background:#fff;margin-top:20px;padding:28px 32px 48px}
.kicker{font-size:13px;font-weight:700;color:#005aa0;text-transform:uppercase}
article h1{font-size:36px;font-weight:700}
.standfirst{font-size:19px;color:#404854}
.meta{color:#5b6472;border-bottom:1px solid #e3e6ea}
article p,article li{font-size:18px}
article h2{font-size:20px;margin:24px 0 6px}
aside{border-left:1px solid #e3e6ea;padding-left:24px}
aside a{color:#005aa0;text-decoration:none}
footer{color:#5b6472}
`,
  local: `
body{background:#fff;color:#222;font-family:Verdana,Geneva,sans-serif}
.masthead{background:#0a2d5e;color:#fff;padding:14px 0}
.brand{font-size:28px;color:#fff}
.sections{background:#e31b23;color:#fff;padding:9px 0;font-size:13px;font-weight:700;text-transform:uppercase}
.kicker{display:inline-block;background:#e31b23;color:#fff;font-size:12px;font-weight:700;padding:3px 8px;text-transform:uppercase}
article h1{font-size:32px;color:#0a2d5e}
.standfirst{font-size:17px;color:#444}
.meta{color:#666;border-bottom:1px solid #ccc}
article p,article li{font-size:16px}
article h2{font-size:18px;color:#0a2d5e;margin:22px 0 6px}
aside{background:#f1f4f8;padding:16px}
aside a{color:#0a2d5e}
footer{background:#0a2d5e;color:#cfd8e6}
`,
  dark: `
body{background:#15171a;color:#e6e6e6;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.masthead{background:#0d0e10;padding:16px 0;border-bottom:1px solid #2a2d33}
.brand{font-size:30px;color:#fff}
.sections{background:#0d0e10;border-bottom:1px solid #2a2d33;padding:10px 0;font-size:14px;color:#b8bcc4}
.kicker{font-size:13px;font-weight:700;color:#4fc3f7;text-transform:uppercase;letter-spacing:0.05em}
article h1{font-size:36px;color:#fff}
.standfirst{font-size:19px;color:#b8bcc4}
.meta{color:#9aa0aa;border-bottom:1px solid #2a2d33}
article p,article li{font-size:18px}
article h2{font-size:20px;color:#fff;margin:24px 0 6px}
aside{border-top:2px solid #4fc3f7;padding-top:10px}
aside a{color:#8fd3ff}
footer{border-top:1px solid #2a2d33;color:#9aa0aa}
`,
};

const SECTIONS = ['World', 'Europe', 'Ukraine war', 'Politics', 'Business', 'Opinion'];

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'p':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'h2':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'ul':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  }
}

/** A long date, "11 March 2025", written the same way on every page. */
function longDate(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The whole HTML page of `article` in `look`, with `related` links in its sidebar; `own` when
 * the story was written for the demo (the footer then says it is made up).
 */
export function renderPage(
  article: DemoArticle,
  look: Look,
  related: RelatedLink[],
  { own = false }: { own?: boolean } = {},
): string {
  const credit = own
    ? 'A page written for the Figure Check demo: the outlet and its story are made up, after the reports of a real night.'
    : "A page of the Figure Check demo: the story text is the outlet's, the page design is not.";
  const title = `${article.headline} | ${article.outlet}`;
  const byline = article.byline ? `${escapeHtml(article.byline)} · ` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="canonical" href="${escapeHtml(article.canonical)}">
<meta property="og:site_name" content="${escapeHtml(article.outlet)}">
<meta property="og:title" content="${escapeHtml(article.headline)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${escapeHtml(article.publishedAt)}">
<style>${BASE_CSS}${LOOK_CSS[look]}</style>
</head>
<body>
<header class="masthead"><div class="wrap"><a class="brand" href="/">${escapeHtml(article.outlet)}</a><span>${escapeHtml(longDate(article.published))}</span></div></header>
<nav class="sections" aria-label="Sections"><div class="wrap"><ul>${SECTIONS.map((s) => `<li><a href="/">${s}</a></li>`).join('')}</ul></div></nav>
<div class="wrap"><div class="layout">
<main>
<article>
<div class="kicker">Russia-Ukraine war</div>
<h1>${escapeHtml(article.headline)}</h1>
${article.standfirst ? `<p class="standfirst">${escapeHtml(article.standfirst)}</p>` : ''}
<p class="meta">${byline}<time datetime="${escapeHtml(article.publishedAt)}">${escapeHtml(longDate(article.published))}</time></p>
${article.blocks.map(blockHtml).join('\n')}
</article>
</main>
<aside aria-label="More on this story"><h2>More on this story</h2><ol>${related
    .map((r) => `<li><a href="${escapeHtml(r.href)}">${escapeHtml(r.title)}</a></li>`)
    .join('')}</ol></aside>
</div></div>
<footer><div class="wrap">© ${escapeHtml(article.outlet)}. ${credit}</div></footer>
</body>
</html>
`;
}
