import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerState,
  badgeButton,
  cardDialog,
  focused,
  readBadges,
  type ShownBadge,
} from './support/badges';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { readMarks, waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

// Badges beyond the first scan: keyboard use, figures added later, single-page-app navigation,
// and pages whose CSS would hide or deform anything injected.
const SCREENS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

const KEYBOARD_PAGE = `<!doctype html><html lang="en"><head><title>Drones over Kursk</title>
<link rel="canonical" href="/kursk">
<meta property="article:published_time" content="2025-08-10T09:00:00Z"></head><body>
<article><h1>Drones over Kursk</h1>
<p>Russia's Defense Ministry said on Sunday it had shot down 61 Ukrainian drones over the Kursk
region overnight.</p>
<p>Regional officials said 3 people were injured by falling debris in the city of Kursk.</p>
<p><a id="after" href="#after">A link after the story</a></p>
</article></body></html>`;

async function scanned(page: Page, url: string): Promise<ShownBadge[]> {
  await page.goto(url);
  await waitForScan(page);
  expect(await answerState(page), 'the background answered check-page').toBe('ok');
  return readBadges(page);
}

/** Waits until the content script has run `runs` scans and the badges satisfy `ready`. */
async function badgesAfter(page: Page, runs: number, ready: (b: ShownBadge[]) => boolean) {
  await waitForScan(page, runs);
  await expect.poll(async () => ready(await readBadges(page))).toBe(true);
  return readBadges(page);
}

function runsOf(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.documentElement.getAttribute('data-figure-check-runs')),
  );
}

/** Nothing drawn twice: one badge per marked figure, each right after its figure. */
async function expectOneBadgePerFigure(page: Page): Promise<void> {
  const badges = await readBadges(page);
  const marks = await readMarks(page);
  expect(badges.map((b) => b.figureId).sort()).toEqual(marks.map((m) => m.id).sort());
  expect(badges.filter((b) => !b.atPhraseEnd)).toEqual([]);
  expect(await page.locator('figure-check-badge figure-check-badge').count()).toBe(0);
}

/**
 * A new page of `browser` loading `html` with its article as `page` now shows it, our marks,
 * tails and badges taken out: what a reader who loads the page now would see.
 */
async function loadedAsItStands(
  browser: ExtensionBrowser,
  server: StaticServer,
  page: Page,
  html: string,
  path: string,
): Promise<Page> {
  const final = await page.evaluate(() => document.querySelector('article')!.outerHTML);
  const fresh = await browser.context.newPage();
  await fresh.goto(
    server.addPage(
      path,
      html.replace(
        /<article>[\s\S]*<\/article>/,
        final.replace(/<figure-check-[^>]*>|<\/figure-check-[a-z]+>/g, ''),
      ),
    ),
  );
  await waitForScan(fresh);
  return fresh;
}

describe('badges on live pages', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await startServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('works by keyboard alone: Tab, Enter opens, Escape closes and focus returns', async () => {
    const page = await browser.context.newPage();
    const badges = await scanned(page, server.addPage('/keys.html', KEYBOARD_PAGE));
    expect(badges.map((b) => [b.metric, b.n, b.text])).toEqual([
      ['drones.downed', 61, '1 source'],
      ['people.injured', 3, '1 source'],
    ]);
    expect(badges[0]!.label).toBe(
      'Figure 61 drones downed: single source: no other source yet; open sources',
    );
    const [first, second] = badges as [ShownBadge, ShownBadge];

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`badge:${first.figureId}`);
    await page.keyboard.press('Enter');
    await cardDialog(page).waitFor({ state: 'visible' });
    await expect.poll(() => focused(page)).toBe('card');
    expect(await badgeButton(page, first.figureId).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await cardDialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe(`badge:${first.figureId}`);

    // Space opens too, and the next Tab stop is the next badge.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`badge:${second.figureId}`);
    await page.keyboard.press('Space');
    await cardDialog(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await cardDialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe(`badge:${second.figureId}`);
    await page.close();
  });

  it('badges a figure that a script inserts after load, and only that one', async () => {
    const page = await browser.context.newPage();
    const before = await scanned(page, server.addPage('/later.html', KEYBOARD_PAGE));
    const runs = await runsOf(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Later, the ministry said 19 more Ukrainian drones were destroyed over Kursk.';
      document.querySelector('article')!.append(p);
    });
    const after = await badgesAfter(page, runs + 1, (b) => b.length === before.length + 1);
    expect(after.find((b) => b.n === 19)?.metric).toBe('drones.downed');
    await expectOneBadgePerFigure(page);
    await page.close();
  });

  it('keeps each badge after its figure while the page moves entries and badges about', async () => {
    const page = await browser.context.newPage();
    const entries = [11, 12, 13, 14]
      .map(
        (n) => `<p id="e${n}">Air defences shot down ${n} drones over Kursk, officials said.</p>`,
      )
      .join('\n');
    const html = KEYBOARD_PAGE.replace(/<p>Russia[\s\S]*<\/article>/, `${entries}</article>`);
    const first = await scanned(page, server.addPage('/live-moves.html', html));
    expect(first.map((b) => b.n)).toEqual([11, 12, 13, 14]);
    // Each change, then a scan: the badges drawn before must still be found where they are.
    const changes: [string, () => void, number[]][] = [
      [
        'an entry moved above another',
        () => document.querySelector('#e11')!.before(document.querySelector('#e13')!),
        [13, 11, 12, 14],
      ],
      [
        'an entry wrapped in a new block',
        () => {
          const box = document.createElement('div');
          document.querySelector('#e12')!.before(box);
          box.append(document.querySelector('#e12')!);
        },
        [13, 11, 12, 14],
      ],
      [
        'a badge moved away by the page, and a note posted',
        () => {
          const host = document.querySelector('#e14 figure-check-badge')!;
          document.querySelector('article')!.append(host);
          const note = document.createElement('p');
          note.textContent = 'Updated at 10:00.';
          document.querySelector('article')!.append(note);
        },
        [13, 11, 12, 14],
      ],
      [
        'an entry taken out, and one posted at the end',
        () => {
          document.querySelector('#e12')!.remove();
          const p = document.createElement('p');
          p.textContent = 'Later, air defences shot down 15 drones over Kursk, officials said.';
          document.querySelector('article')!.append(p);
        },
        [13, 11, 14, 15],
      ],
    ];
    for (const [what, change, expected] of changes) {
      const runs = await runsOf(page);
      await page.evaluate(change);
      const after = await badgesAfter(page, runs + 1, (b) => b.length === expected.length);
      expect(
        after.map((b) => b.n),
        what,
      ).toEqual(expected);
      await expectOneBadgePerFigure(page);
    }
    await page.close();
  });

  it('follows entries edited in place: a paragraph rewritten, a text node changed', async () => {
    const page = await browser.context.newPage();
    const html = KEYBOARD_PAGE.replace(
      '<p><a id="after"',
      '<p id="note">An update will follow.</p>\n<p><a id="after"',
    );
    const before = await scanned(page, server.addPage('/edited.html', html));
    expect(before.map((b) => b.n).sort()).toEqual([3, 61]);
    let runs = await runsOf(page);
    await page.evaluate(() => {
      // a CMS replacing an entry's content: the figure in it changes
      const injured = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('were injured'),
      )!;
      injured.textContent = 'Regional officials said 5 people were injured by falling debris.';
    });
    let after = await badgesAfter(page, runs + 1, (b) => b.some((x) => x.n === 5));
    expect(after.map((b) => b.n).sort()).toEqual([5, 61]);
    runs = await runsOf(page);
    await page.evaluate(() => {
      // a script changing a text node's data in place (no node added or removed)
      (document.getElementById('note')!.firstChild as Text).data =
        'Officials later said 2 people were killed in Kursk.';
    });
    after = await badgesAfter(page, runs + 1, (b) => b.length === 3);
    expect(after.find((b) => b.n === 2)?.metric).toBe('people.killed');
    await expectOneBadgePerFigure(page);
    runs = await runsOf(page);
    await page.evaluate(() => {
      // The words after the number change, and the number's own text node does not: the
      // sentence no longer gives a figure, and its mark must not stay to say it does.
      const two = document.querySelector('#note figure-check-mark')!;
      while (two.nextSibling) two.nextSibling.remove();
      two.after(' people attended the memorial in Kursk.');
    });
    after = await badgesAfter(page, runs + 1, (b) => b.length === 2);
    expect(after.map((b) => b.n).sort()).toEqual([5, 61]);
    expect(await page.locator('#note figure-check-mark, #note figure-check-tail').count()).toBe(0);
    expect(await page.locator('#note').textContent()).toBe(
      'Officials later said 2 people attended the memorial in Kursk.',
    );
    await expectOneBadgePerFigure(page);
    runs = await runsOf(page);
    await page.evaluate(() => {
      // Words before a figure change so that it now reads "at least 61": its words run over
      // the old mark of "61", which goes, and the figure is marked whole in the same scan.
      const sixtyOne = [...document.querySelectorAll('figure-check-mark')].find(
        (m) => m.textContent === '61',
      )!;
      (sixtyOne.previousSibling as Text).data =
        "Russia's Defense Ministry said on Sunday it had shot down at least ";
    });
    after = await badgesAfter(page, runs + 1, (b) => b.length === 2 && b.some((x) => x.n === 61));
    expect((await readMarks(page)).map((m) => m.text)).toContain('at least 61');
    await expectOneBadgePerFigure(page);
    await page.close();
  });

  it('badges each entry posted on top of a live blog, keeping every earlier badge as it was', async () => {
    const page = await browser.context.newPage();
    const entries = [12, 23, 34, 45, 56]
      .map(
        (n, i) =>
          `<p>0${i}:00 — Air defences shot down ${n} drones over the Kursk region, officials said.</p>`,
      )
      .join('\n');
    const html = KEYBOARD_PAGE.replace('<p>Russia', `${entries}\n<p>Russia`);
    const url = server.addPage('/live-top.html', html);
    const first = await scanned(page, url);
    expect(first.map((b) => b.n).sort((a, b) => a - b)).toEqual([3, 12, 23, 34, 45, 56, 61]);
    // Remembered in the page: the badge elements drawn so far.
    await page.evaluate(() => {
      (window as unknown as { kept: Element[] }).kept = [
        ...document.querySelectorAll('figure-check-badge'),
      ];
    });
    for (const n of [71, 82]) {
      const runs = await runsOf(page);
      await page.evaluate((k) => {
        const p = document.createElement('p');
        p.textContent = `Breaking: Russia launched ${k} drones at Ukraine overnight, the air force said.`;
        document.querySelector('h1')!.after(p);
      }, n);
      await badgesAfter(page, runs + 1, (b) => b.some((x) => x.n === n));
    }
    const after = await readBadges(page);
    expect(after.map((b) => b.n).sort((a, b) => a - b)).toEqual([
      3, 12, 23, 34, 45, 56, 61, 71, 82,
    ]);
    // Nothing drawn again: the earlier badges are the same elements, still in the page.
    const kept = await page.evaluate(() =>
      (window as unknown as { kept: Element[] }).kept.every((b) => b.isConnected),
    );
    expect(kept).toBe(true);
    await expectOneBadgePerFigure(page);
    // What a page loaded as it now stands shows: the same figures, in the same order.
    const fresh = await loadedAsItStands(browser, server, page, html, '/live-top-fresh.html');
    const marksOf = (marks: Awaited<ReturnType<typeof readMarks>>) =>
      marks.map((m) => [m.text, m.metric]);
    expect(marksOf(await readMarks(page))).toEqual(marksOf(await readMarks(fresh)));
    await fresh.close();
    await page.close();
  });

  it('badges the first 500 figures of a long live blog, as a fresh load does, after posts and edits', async () => {
    const page = await browser.context.newPage();
    // 520 entries, a figure each: more than a page has checked (MAX_FIGURES_PER_PAGE).
    const entry = (n: number): string =>
      `<p>${n} — Air defences shot down ${n} drones over the Kursk region, officials said.</p>`;
    const entries = Array.from({ length: 520 }, (_, i) => entry(1000 + i)).join('\n');
    const html = KEYBOARD_PAGE.replace(/<p>Russia[\s\S]*<\/article>/, `${entries}</article>`);
    const shown = async (): Promise<number[]> => (await readBadges(page)).map((b) => b.n);
    const first = await scanned(page, server.addPage('/live-long.html', html));
    const firstFive = Array.from({ length: 500 }, (_, i) => 1000 + i);
    expect(first.map((b) => b.n)).toEqual(firstFive);
    // A post on top: its figure is checked, and the 500th before it no longer is.
    let runs = await runsOf(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Breaking: air defences shot down 7777 drones over Kursk, officials said.';
      document.querySelector('h1')!.after(p);
    });
    await badgesAfter(page, runs + 1, (b) => b[0]?.n === 7777);
    expect(await shown()).toEqual([7777, ...firstFive.slice(0, 499)]);
    // An entry far below the checked ones is edited, and one among them: only that one changes.
    runs = await runsOf(page);
    await page.evaluate(() => {
      const ps = document.querySelectorAll('article p');
      ps[510]!.textContent = 'Update: air defences shot down 8888 drones, officials said.';
      ps[3]!.textContent = 'Update: air defences shot down 9999 drones, officials said.';
    });
    await badgesAfter(page, runs + 1, (b) => b.some((x) => x.n === 9999));
    const after = await shown();
    expect(after).toEqual([7777, 1000, 1001, 9999, ...firstFive.slice(3, 499)]);
    // The figure pushed out of the checked ones lost its mark with its badge.
    await expectOneBadgePerFigure(page);
    // A page loaded as it now stands shows the same.
    const fresh = await loadedAsItStands(browser, server, page, html, '/live-long-fresh.html');
    expect((await readBadges(fresh)).map((b) => b.n)).toEqual(after);
    await fresh.close();
    await page.close();
  });

  it('keeps each badge after its figure when the page re-renders an entry from a copy of it', async () => {
    const page = await browser.context.newPage();
    const first = await scanned(page, server.addPage('/live-copy.html', KEYBOARD_PAGE));
    expect(first.map((b) => b.n).sort((a, b) => a - b)).toEqual([3, 61]);
    const runs = await runsOf(page);
    // A framework re-rendering the entry: a deep copy (our marks, tail and badge host included)
    // takes the original's place.
    await page.evaluate(() => {
      const p = document.querySelector('article p')!;
      const copy = p.cloneNode(true) as Element;
      copy.setAttribute('data-copy', '');
      p.replaceWith(copy);
    });
    const after = await badgesAfter(page, runs + 1, (b) => b.length === 2);
    expect(after.map((b) => b.n).sort((a, b) => a - b)).toEqual([3, 61]);
    expect(await page.locator('figure-check-badge figure-check-badge').count()).toBe(0);
    // The badge stands in the copy now, after its phrase: in or right after the copy's tail
    // (a copied tail may hold other words than the one made, so the badge may go after it).
    const inCopy = await page.evaluate(() =>
      Array.from(document.querySelectorAll('p[data-copy] figure-check-badge')).map((host) => {
        const tail = host.closest('figure-check-tail') ?? host.previousElementSibling;
        return tail?.localName === 'figure-check-tail' && tail.closest('p[data-copy]') !== null;
      }),
    );
    expect(inCopy).toEqual([true]);
    await page.close();
  });

  it('rescans in full after a huge burst of added nodes, drawing nothing twice', async () => {
    const page = await browser.context.newPage();
    const before = await scanned(page, server.addPage('/burst.html', KEYBOARD_PAGE));
    const runs = await runsOf(page);
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      for (let i = 0; i < 600; i++) article.append(document.createElement('span'));
      const p = document.createElement('p');
      p.textContent = 'The governor said 5 people were killed in the village of Glushkovo.';
      article.append(p);
    });
    const after = await badgesAfter(page, runs + 1, (b) => b.length === before.length + 1);
    expect(after.map((b) => b.n)).toEqual([61, 3, 5]);
    await expectOneBadgePerFigure(page);
    await page.close();
  });

  it('scans again after a client-side navigation, and back', async () => {
    const page = await browser.context.newPage();
    const first = await scanned(page, server.url('/spa-news.html'));
    expect(first.map((b) => [b.metric, b.n])).toEqual([['drones.downed', 48]]);
    const runs = await runsOf(page);

    await page.click('#next');
    const second = await badgesAfter(page, runs + 1, (b) =>
      b.some((x) => x.metric === 'people.killed'),
    );
    expect(new URL(page.url()).search).toBe('?story=2');
    expect(second.map((b) => [b.metric, b.n])).toEqual([['people.killed', 4]]);
    await expectOneBadgePerFigure(page);

    const again = await runsOf(page);
    await page.goBack();
    const back = await badgesAfter(page, again + 1, (b) => b.some((x) => x.n === 48));
    expect(back.map((b) => [b.metric, b.n])).toEqual([['drones.downed', 48]]);
    await expectOneBadgePerFigure(page);
    await page.close();
  });

  it('stays visible and readable on a page whose CSS attacks injected elements', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const badges = await scanned(page, server.url('/hostile-styles.html'));
    expect(badges.map((b) => [b.metric, b.n])).toEqual([
      ['drones.downed', 37],
      ['people.injured', 2],
    ]);
    for (const b of badges) {
      const button = badgeButton(page, b.figureId);
      const box = await button.boundingBox();
      expect(box?.width, `badge ${b.figure} has width`).toBeGreaterThan(0);
      expect(box?.height, `badge ${b.figure} has height`).toBeGreaterThan(0);
      const style = await button.evaluate((el) => {
        const cs = getComputedStyle(el);
        const host = (el.getRootNode() as ShadowRoot).host;
        return {
          color: cs.color,
          background: cs.backgroundColor,
          opacity: cs.opacity,
          visibility: cs.visibility,
          hostDisplay: getComputedStyle(host).display,
        };
      });
      expect(style).toEqual({
        color: 'rgb(59, 67, 80)',
        background: 'rgb(236, 239, 243)',
        opacity: '1',
        visibility: 'visible',
        hostDisplay: 'inline-block',
      });
    }
    // The marked words read as the text around them, underlined, whatever the page's CSS says.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('figure-check-mark, figure-check-tail')].map((el) => {
        const cs = getComputedStyle(el);
        return [el.localName, cs.display, cs.visibility, cs.padding, cs.textDecorationStyle];
      }),
    );
    expect(inline.length).toBeGreaterThanOrEqual(4);
    for (const [tag, display, visibility, padding, decoration] of inline) {
      expect([display, visibility, padding]).toEqual(['inline', 'visible', '0px']);
      if (tag === 'figure-check-mark') expect(decoration).toBe('dotted');
    }
    await badgeButton(page, badges[0]!.figureId).click();
    const card = cardDialog(page);
    await card.waitFor({ state: 'visible' });
    const cardStyle = await card.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { color: cs.color, background: cs.backgroundColor, fontSize: cs.fontSize };
    });
    expect(cardStyle).toEqual({
      color: 'rgb(26, 26, 26)',
      background: 'rgb(255, 255, 255)',
      fontSize: '14px',
    });
    await page.screenshot({ path: `${SCREENS}card-hostile-styles.png` });
    await page.close();
  });
});
