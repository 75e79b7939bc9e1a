import { describe, expect, it } from 'vitest';
import { findArticleRoot, findHeadline } from '../../../lib/page/article-root';
import { readArticleText } from '../../../lib/page/text-blocks';
import { dom, page } from './dom-helpers';

const para = (words: number, tag = 'p') =>
  `<${tag}>${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}.</${tag}>`;

describe('findArticleRoot', () => {
  it('takes the <article> with the most paragraph text, not a teaser card', () => {
    const doc = page(`
      <article id="teaser"><h3>7 killed in Kharkiv strike</h3>${para(10)}</article>
      <article id="story">${para(60)}${para(60)}${para(60)}</article>
      <article id="teaser2">${para(12)}</article>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('ignores an <article> inside a related-stories box', () => {
    const doc = page(`
      <div class="related-stories"><article id="card">${para(200)}</article></div>
      <div itemprop="articleBody" id="body">${para(80)}${para(80)}</div>`);
    expect(findArticleRoot(doc).id).toBe('body');
  });

  it('passes over an <article> that holds too little of the page text', () => {
    const doc = page(`
      <article id="card">${para(15)}</article>
      <div id="content">${para(80)}${para(80)}${para(80)}</div>`);
    expect(findArticleRoot(doc).id).toBe('content');
  });

  it('uses [itemprop=articleBody] when there is no <article>', () => {
    const doc = page(`
      <div itemscope><h1>Title</h1><div id="body" itemprop="articleBody">${para(50)}${para(50)}</div></div>
      <div class="sidebar">${para(30)}</div>`);
    expect(findArticleRoot(doc).id).toBe('body');
  });

  it('uses <main> next', () => {
    const doc = page(`<main id="m"><h1>T</h1><div>${para(50)}</div><div>${para(50)}</div></main>`);
    expect(findArticleRoot(doc).id).toBe('m');
  });

  it('finds the densest block of paragraphs in div soup, not the comments', () => {
    const doc = page(`
      <div id="wrap">
        <div id="top">${para(5)}</div>
        <div id="text">${para(60)}${para(60)}${para(60)}</div>
        <div id="comments">${para(90)}${para(90)}${para(90)}${para(90)}</div>
      </div>`);
    expect(findArticleRoot(doc).id).toBe('text');
  });

  it('falls back to <body>', () => {
    const doc = page('<div>no paragraphs at all</div>');
    expect(findArticleRoot(doc).tagName.toLowerCase()).toBe('body');
  });

  it('returns an element even for an empty document', () => {
    expect(findArticleRoot(dom('')).nodeType).toBe(1);
  });
});

describe('headline', () => {
  it('puts an <h1> outside the root first, skipping a logo <h1> in the site header', () => {
    const doc = page(
      `<header><h1 class="logo">Daily Example</h1><nav>Top 10</nav></header>
       <h1 class="title">Drones hit Moscow</h1>
       <div itemprop="articleBody" id="body">${para(30)}</div>`,
      '<title>Drones hit Moscow | Daily Example</title>',
    );
    const root = findArticleRoot(doc);
    expect(findHeadline(doc, root)?.className).toBe('title');
    const article = readArticleText(root);
    expect(article.text.startsWith('Drones hit Moscow\n\nword0')).toBe(true);
    expect(article.blocks[0]!.element.className).toBe('title');
  });

  it('keeps the <h1> of a story <header> once, and nothing else of that header', () => {
    const doc = page(`
      <article><header><p class="kicker">Live 24</p><h1>Title here</h1><time>1 hour ago</time></header>
      ${para(30)}</article>`);
    const { text } = readArticleText(findArticleRoot(doc));
    expect(text.match(/Title here/g)).toHaveLength(1);
    expect(text).not.toContain('Live 24');
    expect(text).not.toContain('hour');
  });
});
