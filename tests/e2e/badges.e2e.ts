import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerState,
  badgeButton,
  cardDialog,
  readBadges,
  readCardLinks,
  type ShownBadge,
} from './support/badges';
import { loadGold, type Gold } from './support/gold';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { readMarks, waitForScan } from './support/scan';
import { FIXTURE_PAGES, startServer, type StaticServer } from './support/server';

// The core loop on the seed pages: visiting them in order in ONE profile, each page is checked
// against the ones read before it, so the gold data's expected verdicts show up on the badges.
const SCREENS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

type Expected = Gold['expectedVerdicts'][number];
const gold = loadGold();
const fixtures = readdirSync(FIXTURE_PAGES).filter((f) => /^\d{3}-.*\.html$/.test(f));
const files = gold.articles.map((a) => a.file).sort();

function fixtureOf(file: string): string {
  const fixture = fixtures.find((f) => f.startsWith(`${file.slice(0, 3)}-`));
  if (!fixture) throw new Error(`no tests/fixtures/pages/${file.slice(0, 3)}-*.html`);
  return fixture;
}

/** The badge of the figure an expected verdict is about, as that file states it. */
function badgeFor(badges: readonly ShownBadge[], file: string, e: Expected): ShownBadge {
  const figure = gold.articles
    .find((a) => a.file === file)
    ?.figures.find((f) => f.metric === e.metric && f.place === e.place && f.date === e.date);
  if (!figure) throw new Error(`gold has no figure for "${e.about}" in ${file}`);
  const badge = badges.find((b) => b.metric === e.metric && b.n === figure.n);
  if (!badge) throw new Error(`no badge for ${e.metric} ${figure.n} (${e.about}) in ${file}`);
  return badge;
}

/** Shows the verdict a reader sees first: conflicts, then mixed, corroborated, single source. */
const INTEREST = ['conflicting', 'mixed', 'corroborated', 'single-source'];

async function visit(page: Page, url: string): Promise<ShownBadge[]> {
  await page.goto(url);
  await waitForScan(page);
  expect(await answerState(page), 'the background answered check-page').toBe('ok');
  const badges = await readBadges(page);
  const marks = await readMarks(page);
  expect(badges.map((b) => b.figureId).sort(), 'one badge per marked figure').toEqual(
    marks.map((m) => m.id).sort(),
  );
  expect(badges.filter((b) => !b.atPhraseEnd)).toEqual([]);
  return badges;
}

describe('badges on the seed pages, read in order in one profile', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await startServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(files.map((file, i) => ({ file, i, fixture: fixtureOf(file) })))(
    'visit $fixture',
    async ({ file, i, fixture }) => {
      const badges = await visit(page, server.url(fixture));
      expect(badges.length).toBeGreaterThan(0);
      if (i === 0) {
        expect(new Set(badges.map((b) => b.verdict)), 'nothing read before').toEqual(
          new Set(['single-source']),
        );
      }
      // The later page of each pair sees the earlier one.
      for (const e of gold.expectedVerdicts.filter((v) => v.files.at(-1) === file)) {
        expect(badgeFor(badges, file, e).verdict, e.about).toBe(e.verdict);
      }
      for (const b of badges) expect(b.label).toMatch(/^Figure .+: .+; open sources$/);

      const shown = [...badges].sort(
        (a, b) => INTEREST.indexOf(a.verdict) - INTEREST.indexOf(b.verdict),
      )[0]!;
      await badgeButton(page, shown.figureId).click();
      const card = cardDialog(page);
      await card.waitFor({ state: 'visible' });
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      await page.screenshot({ path: `${SCREENS}card-${fixture.replace(/\.html$/, '')}.png` });
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
    },
  );

  it('shows each expected verdict on the earlier page of its pair too, once both are read', async () => {
    for (const e of gold.expectedVerdicts) {
      const first = e.files[0]!;
      const badges = await visit(page, server.url(fixtureOf(first)));
      expect(badgeFor(badges, first, e).verdict, e.about).toBe(e.verdict);
    }
  });

  it("lists the other source's outlet, value and link in the card", async () => {
    const e = gold.expectedVerdicts.find((v) => v.verdict === 'conflicting')!;
    const [earlier, later] = [e.files[0]!, e.files.at(-1)!];
    // What the earlier page says, as the extension read it: outlet and figure words.
    await page.goto(server.url(fixtureOf(earlier)));
    await waitForScan(page);
    const before = badgeFor(await readBadges(page), earlier, e);
    const outlet = await page.evaluate(() => {
      const ld = document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}';
      return (JSON.parse(ld) as { publisher?: { name?: string } }).publisher?.name ?? '';
    });
    expect(outlet).not.toBe('');

    const badges = await visit(page, server.url(fixtureOf(later)));
    await badgeButton(page, badgeFor(badges, later, e).figureId).click();
    const card = cardDialog(page);
    await card.waitFor({ state: 'visible' });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(outlet);
    expect(text).toContain(before.figure);
    expect(text).toMatch(/Conflicts/);
    const links = await readCardLinks(page);
    const link = links.find((l) => l.text === outlet);
    expect(link, `a link named ${outlet}`).toBeDefined();
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l.target).toBe('_blank');
      expect(l.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    }
    // Only one card at a time: opening another badge's card closes this one.
    const other = badges.find((b) => b.figureId !== badgeFor(badges, later, e).figureId)!;
    await badgeButton(page, other.figureId).click();
    await expect.poll(() => page.locator('figure-check-card').count()).toBe(1);
    await page.mouse.click(5, 790);
    await card.waitFor({ state: 'detached' });
  });
});
