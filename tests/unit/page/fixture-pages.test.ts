import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findArticleRoot, locateSpan, publishedDay, readArticle } from '../../../lib/page/index';
import { dom, squash, textBetween } from './dom-helpers';
import { GOLD_PATH, SEEDS_DIR as SEEDS } from '../../fixtures/articles';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

interface GoldArticle {
  file: string;
  published: string;
  figures: { quote: string }[];
}
const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as { articles: GoldArticle[] };

interface Fixture {
  file: string;
  pageUrl: string;
  root: string;
  /** This page's own furniture, beyond {@link NOT_ARTICLE}. */
  chrome: string[];
  facts: { url: string; outlet: string; title: string; publishedAt: string };
}

const FIXTURES: Fixture[] = [
  {
    file: '000-abn-news.html',
    pageUrl: 'https://abnnews.example/International/story?id=123845672&cid=social',
    root: 'article.story',
    chrome: [
      'Hannah Vessel',
      'Printed from',
      'Join the conversation',
      'Fly 2 for 1',
      'International',
    ],
    facts: {
      url: 'https://abnnews.example/International/russia-drones-downed-moscow-region-kyiv-proposes-talks/story?id=123845672',
      outlet: 'ABN News',
      title: 'Russia says drones downed over Moscow region as Kyiv proposes new talks',
      publishedAt: '2025-07-20T21:12:00-04:00',
    },
  },
  {
    file: '001-wirepulse.html',
    pageUrl:
      'https://www.wirepulse.example/news/russian-ukrainian-drone-strikes?utm_source=home#top',
    root: 'div.entry',
    chrome: ['You may also like', 'WirePulse Staff', '4 min read', '5.9%', 'Gas prices'],
    facts: {
      url: 'https://www.wirepulse.example/news/2025/07/21/russian-ukrainian-drone-strikes-escalate-nightly-attacks/',
      // Named nowhere but in its title ("… | WirePulse"), which matches its host.
      outlet: 'WirePulse',
      title:
        'Russian and Ukrainian Drone Strikes Escalate as Both Capitals Face Nightly Attacks Amid Hints of New Negotiations',
      publishedAt: '2025-07-21',
    },
  },
  {
    file: '002-ledger-mint.html',
    pageUrl: 'https://www.ledgermint.example/amp/news/world/11752830112345.html',
    root: '[itemprop="articleBody"]',
    chrome: ['Also Read', 'Medvedev', 'Sensex', 'demat', 'Ledger Mint Desk'],
    facts: {
      url: 'https://www.ledgermint.example/news/world/russia-claims-ukrainian-drones-targeted-moscow-trump-zelensky-11752830112345.html',
      outlet: 'Ledger Mint',
      title:
        'Russia claims Ukrainian drones targeted Moscow days after Trump reportedly ‘encouraged’ Zelensky to ‘step up’ strikes',
      publishedAt: '2025-07-18T14:35:21+05:30',
    },
  },
  {
    file: '003-washington-courier.html',
    pageUrl: 'https://washingtoncourier.example/world/ukraine-drones?ref=home',
    root: 'main',
    chrome: ['READ MORE', 'Israel Strikes', 'Morning Brief', 'Daniel Okafor', 'Conversation'],
    facts: {
      url: 'https://washingtoncourier.example/2025/07/17/world/ukraine-drones-moscow-st-petersburg-trump-call/',
      outlet: 'The Washington Courier',
      title: 'Ukraine drones reach Moscow and St. Petersburg days after Trump call, Russia says',
      publishedAt: '2025-07-17T16:20:00-04:00',
    },
  },
  {
    file: '004-euro-dispatch.html',
    pageUrl: 'https://www.eurodispatch.example/europe/russia-signals-openness',
    root: 'article.article',
    chrome: ['Read also', 'Sumy evacuates', 'Katarzyna', 'Anzeige', 'Share on X'],
    facts: {
      url: 'https://www.eurodispatch.example/europe/russia-signals-openness-ukraine-peace-talks-drone-warfare',
      outlet: 'Euro Dispatch',
      title: 'Russia Signals Openness to Ukraine Peace Talks Amid Escalating Drone Warfare',
      publishedAt: '2025-07-20T10:42:00+02:00',
    },
  },
];

/** Page chrome that every fixture carries and no article text may contain. */
const NOT_ARTICLE = [
  'Top 10',
  '2025 elections',
  'Live: 24 hours',
  '500 drones',
  '7 killed',
  '300 drones',
  'drones, lies',
  'Advertisement',
  'Most Read',
  'Most read',
  'shares',
  '©',
];

/** The seed lines that became page furniture rather than article paragraphs. */
const NOT_PARAGRAPHS = [
  /^date \d{4}-\d{2}-\d{2} Antonio Masiello\/Getty Images$/,
  /^nanoedge ad$/,
  /^News$/,
  /^Advertisement$/,
  /^Also Read \| /,
  /^\[READ MORE: /,
];
/** Sub-headings that the seed text ran into the next paragraph; the page sets them as <h2>. */
const RUN_IN_HEADS = [
  "Russia's St Petersburg targeted; flights temporarily cancelled",
  'Talks with Russia ‘need more momentum’',
  'Russia unleashes largest aerial assault on Ukraine',
];

/** The seed's paragraphs as the page should present them, one block each. */
function seedBlocks(seedFile: string): string[] {
  const lines = readFileSync(SEEDS + seedFile, 'utf8')
    .split('\n')
    .map(squash)
    .filter((l) => l && !NOT_PARAGRAPHS.some((re) => re.test(l)));
  return lines.flatMap((line) => {
    const undated = line.replace(/^date \d{4}-\d{2}-\d{2} /, '');
    const head = RUN_IN_HEADS.find((h) => undated.startsWith(`${h} `));
    return head ? [head, undated.slice(head.length + 1)] : [undated];
  });
}

describe.each(FIXTURES)('$file', (fixture) => {
  const seed = gold.articles.find((a) => a.file.startsWith(fixture.file.slice(0, 3)))!;
  const doc = dom(readFileSync(PAGES + fixture.file, 'utf8'));
  const { facts, article } = readArticle(doc, fixture.pageUrl);
  const blocks = article.blocks.map((b) => article.text.slice(b.start, b.end));

  it('finds the story container of its template', () => {
    expect(findArticleRoot(doc)).toBe(doc.querySelector(fixture.root));
  });

  it('reads the page facts', () => {
    expect(facts).toEqual(fixture.facts);
    expect(publishedDay(facts)).toBe(seed.published);
  });

  it('puts the headline first and every seed paragraph in a block of its own', () => {
    expect(blocks[0]).toBe(doc.querySelector('h1')!.textContent!.trim());
    for (const paragraph of seedBlocks(seed.file)) expect(blocks).toContain(paragraph);
  });

  it('contains every gold figure, mapped back to the same DOM text', () => {
    for (const { quote } of seed.figures) {
      const start = article.text.indexOf(quote);
      expect(start, quote).toBeGreaterThanOrEqual(0);
      const span = locateSpan(article, start, start + quote.length);
      expect(span, quote).not.toBeNull();
      expect(squash(textBetween(doc, span!.start, span!.end))).toBe(quote);
    }
  });

  it('leaves out navigation, ads, related stories, most-read boxes and comments', () => {
    for (const chrome of [...NOT_ARTICLE, ...fixture.chrome]) {
      expect(article.text).not.toContain(chrome);
    }
  });
});

it('has inline markup inside gold figures on at least two pages', () => {
  const crossing = FIXTURES.filter(({ file }) => {
    const doc = dom(readFileSync(PAGES + file, 'utf8'));
    const { article } = readArticle(doc, 'https://x.example/');
    const seed = gold.articles.find((a) => a.file.startsWith(file.slice(0, 3)))!;
    return seed.figures.some(({ quote }) => {
      const start = article.text.indexOf(quote);
      const span = locateSpan(article, start, start + quote.length);
      return span !== null && span.start.node !== span.end.node;
    });
  });
  expect(crossing.length).toBeGreaterThanOrEqual(2);
});
