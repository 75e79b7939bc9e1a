import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBaseline, launchWithExtension, type ExtensionBrowser } from './support/extension';
import { waitForScan } from './support/scan';
import { FIXTURE_PAGES, startServer, type StaticServer } from './support/server';

// Where a badge sits, as a reader meets it: after the figure's whole phrase ("57 Russian drones
// [✓ 2]"), attached to its last word, never inside a word, and never alone at the start of a
// line. The sentence must read as it did before the extension touched it, badges aside.

const PAGES = readdirSync(FIXTURE_PAGES)
  .filter((f) => /^\d{3}-.*\.html$/.test(f))
  .sort();

/** One text block that holds badges: where it is, and how it reads. */
interface Block {
  /** Child indices from `<body>` down to the block, the same with and without the extension. */
  path: number[];
  /** The block's text with each badge as `[verdict]` where it stands, spaces collapsed. */
  reading: string;
}

/** The blocks of `page` that hold a badge, each read in document order with its badges. */
function blocksWithBadges(page: Page): Promise<Block[]> {
  return page.evaluate(() => {
    const blocks = new Set<Element>();
    for (const host of Array.from(document.querySelectorAll('figure-check-badge'))) {
      blocks.add(host.closest('p, li, h1, h2, h3, blockquote, figcaption') ?? host.parentElement!);
    }
    return Array.from(blocks).map((block) => {
      const path: number[] = [];
      for (let el: Element = block; el !== document.body; el = el.parentElement!) {
        path.unshift(Array.from(el.parentElement!.children).indexOf(el));
      }
      let reading = '';
      const walker = document.createTreeWalker(
        block,
        NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n instanceof Text) reading += n.data;
        else if ((n as Element).localName === 'figure-check-badge') {
          // The test build's open shadow root: the verdict is the button's `v-<verdict>` class.
          const button = (n as Element).shadowRoot?.querySelector('button');
          reading += `[${/\bv-([a-z-]+)/.exec(button?.className ?? '')?.[1] ?? '?'}]`;
        }
      }
      return { path, reading: reading.replace(/\s+/g, ' ').trim() };
    });
  });
}

/** The text of the element at `path` under `<body>`, spaces collapsed. */
function textAt(page: Page, path: readonly number[]): Promise<string> {
  return page.evaluate((p) => {
    let el: Element = document.body;
    for (const i of p) el = el.children[i]!;
    return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, path);
}

/** Badges that do not share a line with the last character before them, at this width. */
function badgesAloneOnTheirLine(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const alone: string[] = [];
    for (const host of Array.from(document.querySelectorAll('figure-check-badge'))) {
      // The last character before the badge in reading order.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let before: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (host.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if ((n as Text).data.trim()) before = n as Text;
      }
      if (!before) continue;
      const end = before.data.trimEnd().length;
      const char = document.createRange();
      char.setStart(before, end - 1);
      char.setEnd(before, end);
      const c = char.getBoundingClientRect();
      const b = host.getBoundingClientRect();
      const sameLine = b.top < c.bottom && b.bottom > c.top && b.left >= c.right - 1;
      if (!sameLine)
        alone.push(
          `${before.data.trim().slice(-30)} [${host.shadowRoot?.querySelector('button')?.className}]`,
        );
    }
    return alone;
  });
}

describe('badge placement on the seed pages', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let baseline: Browser;
  let page: Page;
  let plain: Page;

  beforeAll(async () => {
    server = await startServer();
    [ext, baseline] = await Promise.all([launchWithExtension(), launchBaseline()]);
    page = await ext.context.newPage();
    plain = await baseline.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await baseline?.close();
    await server?.close();
  });

  it.each(PAGES)(
    '%s reads the same with badges as without, each after a whole word',
    async (file) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(server.url(file));
      await waitForScan(page);
      await plain.goto(server.url(file));
      const blocks = await blocksWithBadges(page);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        const without = block.reading.replace(/\[[a-z-]+\]/g, '');
        expect(without, 'the words, with the badges taken out').toBe(
          await textAt(plain, block.path),
        );
        // Attached to a word before it; a space, punctuation or the end after it.
        for (const m of block.reading.matchAll(/\[[a-z-]+\]/g)) {
          const at = m.index;
          const after = block.reading.slice(at + m[0].length, at + m[0].length + 1);
          expect(block.reading.slice(0, at), block.reading).toMatch(/[\p{L}\p{N}]$/u);
          expect(after, block.reading).toMatch(/^(\s|\p{P}|)$/u);
        }
      }
    },
  );

  it('puts the badge after the counted noun, not between the number and its noun', async () => {
    const read = async (file: string): Promise<string> => {
      await page.goto(server.url(file));
      await waitForScan(page);
      return (await blocksWithBadges(page)).map((b) => b.reading).join('\n');
    };
    const abn = await read('000-abn-news.html');
    // Figures split over inline elements on the page: "<b>132</b> Ukrainian drones".
    expect(abn).toMatch(/57 Russian drones\[[a-z-]+\] launched/);
    expect(abn).toMatch(/132 Ukrainian drones\[[a-z-]+\] were downed/);
    expect(abn).toMatch(/at least 26 Ukrainian drones\[[a-z-]+\] over/);
    expect(abn).toMatch(/Twenty-five drones\[[a-z-]+\] were downed/);
    expect(await read('001-wirepulse.html')).toMatch(/at least two civilians\[[a-z-]+\] were/);
  });

  it.each([320, 360, 412])(
    'never leaves a badge alone at the start of a line at %i px',
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      for (const file of PAGES) {
        await page.goto(server.url(file));
        await waitForScan(page);
        expect(await badgesAloneOnTheirLine(page), file).toEqual([]);
      }
    },
  );
});
