/** Prose without any figure, so a test article's only figures are the ones it is given. */
const FILLER = [
  'Officials in several regions described a tense night, with air raid alerts sounding for ' +
    'hours and residents sheltering in basements and metro stations until the morning.',
  'Emergency services said they were still assessing the damage, and local authorities asked ' +
    'people to stay away from the affected districts while crews cleared debris from the streets.',
  'Diplomats meeting later in the week are expected to discuss air defence deliveries, though ' +
    'neither side gave details of what might be agreed or when it could arrive.',
];

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A news article page (schema.org NewsArticle, `og:type` article) published at `published`
 * (an ISO date-time), whose story is `sentences` followed by figure-free prose.
 */
export function newsArticle(options: {
  title: string;
  published: string;
  outlet: string;
  sentences: readonly string[];
}): string {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: options.title,
    datePublished: options.published,
    publisher: { '@type': 'NewsMediaOrganization', name: options.outlet },
  });
  const paragraphs = [...options.sentences, ...FILLER]
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(options.title)}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="${options.published}">
<script type="application/ld+json">${ld.replaceAll('<', '\\u003c')}</script>
</head><body><main><article>
<h1>${escapeHtml(options.title)}</h1>
${paragraphs}
</article></main></body></html>`;
}
