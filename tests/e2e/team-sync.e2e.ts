import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusSeen, seriousViolations } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { NEWS_HOST, OTHER_NEWS_HOST } from './support/hosts';
import { openPopup } from './support/popup';
import { waitForScan } from './support/scan';
import { screenPath } from './support/seeds';
import { startServer, type StaticServer } from './support/server';
import { startListServer, type CreatedList, type ListServer } from './support/list-server';
import { askBackground, cardTextOf, verdictsByFigure } from './support/share';

// Two people, two browser profiles, one team list. A reads an article and shares its figures
// from the popup; B, reading another outlet's article about the same night, sees them as a
// second source once it follows the list, and loses them when it stops following it.

const LIST_NAME = 'Kyiv desk';
/**
 * Seed articles about the same nights (see the gold file's expected verdicts): ABN News and
 * Euro Dispatch report 20 July (132 vs 142 downed over Russia: conflicting; at least 26 vs 27
 * over Moscow Oblast: corroborated); Ledger Mint and the Washington Courier report 17 July
 * (122 and 3 downed in both).
 */
const A_FIRST = '000-abn-news.html';
const B_FIRST = '004-euro-dispatch.html';
const A_SECOND = '002-ledger-mint.html';
const B_SECOND = '003-washington-courier.html';

/** Opens `file` in a new tab of `ext` under `host` and waits for its badges. */
async function readArticle(
  ext: ExtensionBrowser,
  pages: StaticServer,
  file: string,
  host: string,
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pages.url(file, host));
  await waitForScan(page);
  return page;
}

/** Reloads `page` and waits for the content script to have checked it again. */
async function reread(page: Page): Promise<void> {
  await page.reload();
  await waitForScan(page);
}

/** Follows `list` in `ext` with `token`, as the options page does, and expects a good sync. */
async function follow(ext: ExtensionBrowser, list: CreatedList, token: string): Promise<void> {
  const answer = (await askBackground(ext, { type: 'add-list', url: list.url, token })) as {
    type: string;
    list: { name: string };
    sync: { status: string; error: string | null };
  };
  expect(answer.type, JSON.stringify(answer)).toBe('list-added');
  expect(answer.sync.error).toBeNull();
  expect(answer.list.name).toBe(LIST_NAME);
}

/** The popup's share panel, opened from its button. */
async function openSharePanel(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Share to team list…' }).click();
  await popup.getByRole('heading', { name: 'Share to team list' }).waitFor();
}

/** Shares every figure from the open panel; returns how many and what the popup then says. */
async function shareAll(popup: Page): Promise<{ count: number; said: string }> {
  const count = await popup.locator('.share-choices input[type="checkbox"]:checked').count();
  await popup.getByRole('button', { name: `Share ${count} figures` }).click();
  const said = popup.locator('.share-outcome:not(:empty)');
  await said.waitFor();
  return { count, said: ((await said.textContent()) ?? '').trim() };
}

describe('team sync between two browser profiles', () => {
  let pages: StaticServer;
  let team: ListServer;
  let list: CreatedList;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let bPage: Page;

  beforeAll(async () => {
    pages = await startServer();
    team = await startListServer();
    list = await team.createList(LIST_NAME);
    [a, b] = await Promise.all([launchWithExtension(), launchWithExtension()]);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await team?.close();
    await pages?.close();
  });

  it('B reads its article: each figure has a single source', async () => {
    bPage = await readArticle(b, pages, B_FIRST, OTHER_NEWS_HOST);
    expect(await verdictsByFigure(bPage)).toMatchObject({
      'drones.downed 142': 'single-source',
      'drones.downed 27': 'single-source',
    });
  });

  it('A shares its article’s figures from the popup, by keyboard', async () => {
    await follow(a, list, list.writeToken);
    const article = await readArticle(a, pages, A_FIRST, NEWS_HOST);
    const popup = await openPopup(a, article);
    const open = popup.getByRole('button', { name: 'Share to team list…' });
    await open.focus();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: screenPath('share-button.png'), fullPage: true });
    await popup.keyboard.press('Enter');
    const heading = popup.getByRole('heading', { name: 'Share to team list' });
    // Focus moves when the panel renders: wait for where the user sees it land, not a moment.
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    // One list to write to: named, not chosen.
    expect(await popup.locator('.share-list').textContent()).toBe(`To ${LIST_NAME}`);
    const boxes = popup.locator('.share-choices input[type="checkbox"]');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(1);
    expect(await popup.locator('.share-choices').textContent()).toContain('132 drones shot down');
    const submit = popup.locator('.share-form button[type="submit"]');
    expect(await submit.textContent()).toBe(`Share ${total} figures`);

    // Tab through the panel: Select all, Select none, then the first figure, unticked by Space.
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    expect((await focusSeen(popup))?.what).toBe('button "Select none"');
    await popup.keyboard.press('Tab');
    const first = await focusSeen(popup);
    expect(first?.what).toMatch(/^input\[checkbox\]/);
    expect(first?.ringed).toBe(true);
    await popup.keyboard.press('Space');
    expect(await submit.textContent()).toBe(`Share ${total - 1} figures`);
    await popup.getByRole('button', { name: 'Select none' }).click();
    expect(await submit.textContent()).toBe('Share 0 figures');
    expect(await submit.isDisabled()).toBe(true);
    await popup.getByRole('button', { name: 'Select all' }).click();
    expect(await submit.textContent()).toBe(`Share ${total} figures`);

    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const found = await seriousViolations(popup);
      expect(found, `share panel, ${colorScheme}:\n${found.join('\n')}`).toEqual([]);
      await popup.screenshot({
        path: screenPath(`share-panel-${colorScheme}.png`),
        fullPage: true,
      });
    }
    await popup.emulateMedia({ colorScheme: 'light' });

    // Escape goes back to the figures, with focus on the button that opened the panel.
    await popup.keyboard.press('Escape');
    await heading.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await focusSeen(popup))?.what)
      .toBe('button "Share to team list…"');

    await popup.keyboard.press('Enter');
    await heading.waitFor();
    const { count, said } = await shareAll(popup);
    expect(count).toBe(total);
    expect(said).toBe(`Shared ${total} figures to ${LIST_NAME}.`);
    expect(await popup.locator('.share-outcome[role="status"]').textContent()).toBe(said);
    await expect.poll(async () => (await focusSeen(popup))?.what).toBe('button "Close"');
    await popup.screenshot({ path: screenPath('share-sent.png'), fullPage: true });
    await popup.keyboard.press('Enter');
    await heading.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await focusSeen(popup))?.what)
      .toBe('button "Share to team list…"');
    await popup.close();
    await article.close();
  });

  it('B follows the list: the same night now has a second source, named as the team list', async () => {
    await follow(b, list, list.readToken);
    await reread(bPage);
    expect(await verdictsByFigure(bPage)).toMatchObject({
      'drones.downed 142': 'conflicting',
      'drones.downed 27': 'corroborated',
    });
    const card = await cardTextOf(bPage, 27);
    expect(card).toContain(`from team list “${LIST_NAME}”`);
    await bPage.screenshot({ path: screenPath('team-list-card.png') });
    await bPage.keyboard.press('Escape');
  });

  it('B, who only has the read token, cannot share to the list', async () => {
    const status = (await askBackground(b, { type: 'list-status' })) as {
      lists: { writable: boolean }[];
    };
    const popup = await openPopup(b, bPage);
    // A server that says what a token may do (X-List-Access) marks the list read-only at once;
    // one that does not refuses the first share, and the popup says why.
    if (status.lists[0]?.writable) {
      await openSharePanel(popup);
      const { said } = await shareAll(popup);
      expect(said).toMatch(new RegExp(`^${LIST_NAME} refused the figures: .+\\.$`));
      expect(await popup.locator('.share-outcome[role="alert"]').textContent()).toBe(said);
      await popup.reload();
      await popup.waitForSelector('[data-ready="true"]');
    }
    // Either way the list is now known to be read-only, so the popup offers no share.
    await popup.locator('button.row').first().waitFor();
    expect(await popup.getByRole('button', { name: 'Share to team list…' }).count()).toBe(0);
    await popup.close();
  });

  it('B stops following the list: its figures have a single source again', async () => {
    const answer = await askBackground(b, { type: 'remove-list', id: list.listId });
    expect(answer).toMatchObject({ type: 'list-removed' });
    await reread(bPage);
    expect(await verdictsByFigure(bPage)).toMatchObject({
      'drones.downed 142': 'single-source',
      'drones.downed 27': 'single-source',
    });
  });

  it('a share made while the server is down waits, and reaches B once the server is back', async () => {
    const later = await readArticle(b, pages, B_SECOND, OTHER_NEWS_HOST);
    expect(await verdictsByFigure(later)).toMatchObject({
      'drones.downed 122': 'single-source',
      'drones.downed 3': 'single-source',
    });

    await team.stop();
    const article = await readArticle(a, pages, A_SECOND, NEWS_HOST);
    const popup = await openPopup(a, article);
    await openSharePanel(popup);
    const { count, said } = await shareAll(popup);
    expect(said).toMatch(
      new RegExp(
        `^Saved ${count} figures; they will be sent to ${LIST_NAME} when its server answers \\(.+\\)\\.$`,
      ),
    );
    await popup.screenshot({ path: screenPath('share-queued.png'), fullPage: true });

    await team.restart();
    const synced = await askBackground(a, { type: 'sync-lists' });
    expect(synced).toMatchObject({ type: 'lists-synced' });
    // "Sync now" with the server back sends what waited, back-off or not.
    const status = await askBackground(a, { type: 'list-status' });
    expect(status).toMatchObject({ lists: [{ id: list.listId, pendingShares: 0 }] });
    await follow(b, list, list.readToken);
    await reread(later);
    expect(await verdictsByFigure(later)).toMatchObject({
      'drones.downed 122': 'corroborated',
      'drones.downed 3': 'corroborated',
    });
  });
});
