import { describe, expect, it, vi } from 'vitest';
import { readArticleText } from '../../../lib/page/text-blocks';
import { classifyElement, nameMarksClutter, nameTokens } from '../../../lib/page/skip-rules';
import { MARK_STYLE, MARK_TAG, TAIL_STYLE, TAIL_TAG } from '../../../lib/page/own-tags';
import { page } from './dom-helpers';

describe('nameMarksClutter', () => {
  it.each([
    'header-ad',
    'ad',
    'ad-slot',
    'advert',
    'sponsored-content',
    'promo-box',
    'most-read',
    'mostRead',
    'most_read_list',
    'related-stories',
    'RelatedStories',
    'read-more',
    'alsoRead',
    'recommended',
    'newsletter-signup',
    'comments',
    'share-bar',
    'breadcrumb',
    'tags',
    'byline',
  ])('%s is clutter', (name) => {
    expect(nameMarksClutter(name)).toBe(true);
  });

  it.each(['headline', 'shadow', 'loaded', 'story-body', 'article', 'paddle', 'tagline', 'reader'])(
    '%s is not clutter',
    (name) => {
      expect(nameMarksClutter(name)).toBe(false);
    },
  );

  it('ignores keywords used as state flags on wrappers of the whole story', () => {
    expect(nameMarksClutter('has-sidebar')).toBe(false);
    expect(nameMarksClutter('comments-open')).toBe(false);
    expect(nameMarksClutter('no-ads')).toBe(false);
  });

  it('splits on dashes, underscores, digits and camelCase', () => {
    expect(nameTokens('mostRead_box-2col')).toEqual(['most', 'read', 'box', 'col']);
  });
});

describe('classifyElement', () => {
  const doc = page(`
    <nav id="n">x</nav>
    <div id="hidden" hidden>x</div>
    <div id="aria" aria-hidden="true">x</div>
    <div id="styled" style="color: red; display:none">x</div>
    <div id="invisible" style="visibility: hidden">x</div>
    <div id="edit" contenteditable>x</div>
    <div id="not-edit" contenteditable="false">x</div>
    <div id="role" role="complementary">x</div>
    <div id="data" data-ad-slot="12">x</div>
    <div id="data-value" data-testid="most-read">x</div>
    <span id="author" rel="author">x</span>
    <header id="site">x</header>
    <article><header id="story">x</header></article>
    <p id="plain" class="lead">x</p>
    <figure id="fig"><figcaption id="cap">x</figcaption></figure>`);
  it.each([
    ['n', 'skip'],
    ['hidden', 'skip'],
    ['aria', 'skip'],
    ['styled', 'skip'],
    ['invisible', 'skip'],
    ['edit', 'skip'],
    ['not-edit', 'keep'],
    ['role', 'skip'],
    ['data', 'skip'],
    ['data-value', 'skip'],
    ['author', 'skip'],
    ['site', 'skip'],
    ['story', 'headline-only'],
    ['plain', 'keep'],
    ['fig', 'keep'],
    ['cap', 'keep'],
  ])('#%s → %s', (id, verdict) => {
    expect(classifyElement(doc.getElementById(id)!)).toBe(verdict);
  });

  it('keeps the marks and tails it made without judging them, and judges a page’s look-alikes', () => {
    const markAttributes = `style="${MARK_STYLE}" data-figure-id="1" data-metric="drones.launched" data-n="57" data-min="57" data-max="57" data-qualifier="exact" title="57 drones launched"`;
    const own = page(
      `<p><${MARK_TAG} ${markAttributes}>57</${MARK_TAG}>` +
        ` <${TAIL_TAG} style="${TAIL_STYLE}" data-figure-id="1">drones</${TAIL_TAG}>` +
        ` <${MARK_TAG} id="fake" hidden>secret</${MARK_TAG}>` +
        ` <${TAIL_TAG} id="restyled" style="display: none">secret</${TAIL_TAG}>` +
        ` <${MARK_TAG} id="hidden-by-page" ${markAttributes} aria-hidden="true">9</${MARK_TAG}></p>`,
    );
    // As the extension makes them: no attribute beyond its own, not even an id.
    const mark = own.querySelector(MARK_TAG)!;
    const tail = own.querySelector(TAIL_TAG)!;
    // Taken as made: only the style is read, nothing of the page's kind is looked for.
    const read = [vi.spyOn(mark, 'getAttribute'), vi.spyOn(tail, 'getAttribute')];
    expect([classifyElement(mark), classifyElement(tail)]).toEqual(['keep', 'keep']);
    for (const spy of read) expect(spy.mock.calls).toEqual([['style']]);
    const verdict = (id: string) => classifyElement(own.getElementById(id)!);
    expect([verdict('fake'), verdict('restyled'), verdict('hidden-by-page')]).toEqual([
      'skip',
      'skip',
      'skip',
    ]);
  });
});

describe('skipped text is absent from the article', () => {
  const doc = page(`
    <article>
      <header><span class="kicker">War 2025</span><h1>Drones over Moscow</h1><div class="byline">By A. Writer, 3 hours ago</div></header>
      <p>The ministry said 26 drones were downed.</p>
      <nav>Top 10 stories</nav>
      <aside>7 killed in Kharkiv strike</aside>
      <div class="related-links"><a>Russia launches 500 drones at Lviv</a></div>
      <div class="ad-slot">Win 1000 euros</div>
      <div hidden>999 hidden drones</div>
      <div style="display: none">888 invisible drones</div>
      <div contenteditable="true">777 typed drones</div>
      <form><label>Subscribe for 5 euros</label><button>Go 4</button></form>
      <script>var drones = 600;</script>
      <style>.x { width: 300px }</style>
      <p>Another 12 drones hit Kyiv.</p>
      <section id="comments"><p>they said 300 drones, lies</p></section>
      <figure><figcaption>Photo: 1 of 3</figcaption></figure>
    </article>`);
  const { text } = readArticleText(doc.querySelector('article')!);

  it('keeps the paragraphs, the headline and captions', () => {
    expect(text).toBe(
      [
        'Drones over Moscow',
        'The ministry said 26 drones were downed.',
        'Another 12 drones hit Kyiv.',
        'Photo: 1 of 3',
      ].join('\n\n'),
    );
  });
});
