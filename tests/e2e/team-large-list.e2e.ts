import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { claimFromMention } from '../../lib/claims/claim-id';
import { extractMentions } from '../../lib/extract/index';
import { REMOVE_INLINE_MAX } from '../../lib/sync/lists';
import { MIRROR_BATCH } from '../../lib/sync/mirror';
import { loadSeeds } from '../bench/seeds';
import { claim } from '../server/helpers';
import { seriousViolations } from './support/axe';
import { countWords, openClaims, waitForCount } from './support/claims-page';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { OTHER_NEWS_HOST } from './support/hosts';
import { claimsListFile, startFaultServer, type FaultServer } from './support/list-server';
import { waitForScan } from './support/scan';
import { screenPath } from './support/seeds';
import { startServer, type StaticServer } from './support/server';
import { askBackground, cardTextOf, verdictsByFigure } from './support/share';

// A team list larger than one copy batch and than what removal deletes at once. Pages must be
// checked against it from the moment it synced, while its claims reach the claims browser in
// the background (which says so and offers to show them); removing it must take it out of the
// page's verdicts at once, while its claims leave the claims browser in the background.

const LIST_NAME = 'Regional desk archive';
const LIST_PATH = '/team/archive.json';
const ARTICLE = '004-euro-dispatch.html';
/** Filler: more than two copy batches, and far more than one removal deletes at once. */
const FILLER = Math.max(2 * MIRROR_BATCH, 10 * REMOVE_INLINE_MAX) + 500;

/**
 * A second outlet's claim about the same event as the article's "at least 27" figure, as the
 * extractor reads it: the list's one claim that should turn that badge corroborated.
 */
function agreeingClaim(): Claim {
  // The fixture pages are named after the seeds' numbers: 004-… is seed 004_….
  const seed = loadSeeds().find((s) => s.file.startsWith(ARTICLE.slice(0, 4).replace('-', '_')));
  if (!seed) throw new Error(`no seed ${ARTICLE}`);
  const m = extractMentions(seed.text, { published: seed.published }).find(
    (x) => x.metric === 'drones.downed' && x.value.n === 27,
  );
  if (!m) throw new Error(`the extractor finds no "27 drones downed" in ${ARTICLE}`);
  const source = {
    url: 'https://desk.example/archive/moscow-oblast',
    outlet: 'Desk Wire',
    title: null,
    publishedAt: null,
  };
  return claimFromMention(m, source, 'browsed', '2025-07-21T06:00:00.000Z');
}

/** Claims about other nights (one per day back from 2025-06-30), none about the article's. */
function fillerClaims(): Claim[] {
  const end = Date.UTC(2025, 5, 30);
  return Array.from({ length: FILLER }, (_, i) =>
    claim(10_000 + i, { date: new Date(end - (i % 700) * 86_400_000).toISOString().slice(0, 10) }),
  );
}

/** How many claims the claims browser holds, as the background counts them. */
async function storedTotal(ext: ExtensionBrowser): Promise<number> {
  const answer = (await askBackground(ext, { type: 'count-claims', filter: {} })) as {
    total: number;
  };
  return answer.total;
}

describe('a large team list', () => {
  let pages: StaticServer;
  let faults: FaultServer;
  let ext: ExtensionBrowser;
  let article: Page;
  let claims: Page;
  let own: number;
  let listUrl: string;
  let listId: string;

  beforeAll(async () => {
    [pages, faults, ext] = await Promise.all([
      startServer(),
      startFaultServer(),
      launchWithExtension(),
    ]);
    listUrl = faults.answer(LIST_PATH, {
      kind: 'list',
      list: claimsListFile('archive', LIST_NAME, [...fillerClaims(), agreeingClaim()]),
    });
    article = await ext.context.newPage();
    await article.setViewportSize({ width: 1280, height: 800 });
    await article.goto(pages.url(ARTICLE, OTHER_NEWS_HOST));
    await waitForScan(article);
    own = await storedTotal(ext);
  });

  afterAll(async () => {
    await ext?.close();
    await faults?.close();
    await pages?.close();
  });

  it('checks pages against the list as soon as it has synced', async () => {
    expect((await verdictsByFigure(article))['drones.downed 27']).toBe('single-source');
    // The claims browser is open before the list is added, as a researcher's would be.
    claims = await openClaims(ext);
    await waitForCount(claims, countWords(own));

    const answer = (await askBackground(ext, {
      type: 'add-list',
      url: listUrl,
      token: null,
    })) as {
      type: string;
      sync: { error: string | null };
      list: { id: string; claimCount: number };
    };
    expect(answer.type, JSON.stringify(answer)).toBe('list-added');
    listId = answer.list.id;
    expect(answer.sync.error).toBeNull();
    expect(answer.list.claimCount).toBe(FILLER + 1);

    await article.reload();
    await waitForScan(article);
    expect((await verdictsByFigure(article))['drones.downed 27']).toBe('corroborated');
    expect(await cardTextOf(article, 27)).toContain(`from team list “${LIST_NAME}”`);
    await article.keyboard.press('Escape');
  });

  it('reaches the open claims browser, which says so and shows the claims when asked', async () => {
    const notice = claims.locator('.list-copy');
    // Whether the page catches the copy under way or only its end, it ends saying the list is in.
    await notice.getByText(`Team list “${LIST_NAME}” is now in this table.`).waitFor();
    expect(await seriousViolations(claims)).toEqual([]);
    await claims.screenshot({ path: screenPath('claims-list-copied.png') });
    // The table has not reshuffled itself under the reader.
    expect(await claims.locator('.count-line').textContent()).toBe(countWords(own));

    await notice.getByRole('button', { name: 'Show them' }).click();
    await waitForCount(claims, countWords(own + FILLER + 1));
    await notice.waitFor({ state: 'detached' });
    expect(await storedTotal(ext)).toBe(own + FILLER + 1);
  });

  it('stops checking pages against the list at once when it is removed', async () => {
    const answer = (await askBackground(ext, { type: 'remove-list', id: listId })) as {
      type: string;
      removed: number;
      later: number;
    };
    expect(answer.type, JSON.stringify(answer)).toBe('list-removed');
    // More than removal deletes at once: the rest leaves in the background.
    expect(answer.removed + answer.later).toBe(FILLER + 1);
    expect(answer.later).toBeGreaterThan(0);

    await article.reload();
    await waitForScan(article);
    expect((await verdictsByFigure(article))['drones.downed 27']).toBe('single-source');
  });

  it('leaves the claims browser in the background, and the browsed claims stay', async () => {
    await expect.poll(() => storedTotal(ext), { timeout: 60_000, interval: 250 }).toBe(own);
    await claims.reload();
    await waitForCount(claims, countWords(own));
  });
});
