import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateWords } from '../../components/format';
import { metricWords } from '../../components/metric-words';
import { placeByCode } from '../../lib/extract/places/find-places';
import { focused, readBadges, type ShownBadge } from './support/badges';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { goldFiguresOf, loadGold, type GoldFigure } from './support/gold';
import { openPopup } from './support/popup';
import {
  countBy,
  popupMessage,
  popupState,
  readHeaderCounts,
  readPopupRows,
  revealedFigure,
  type PopupRow,
} from './support/popup-view';
import { waitForScan } from './support/scan';
import {
  LAST_SEED,
  SEED_PAGES,
  articleWithoutFigures,
  readSeeds,
  screenPath,
} from './support/seeds';
import { FIXTURE_PAGES, startServer, type StaticServer } from './support/server';

// The toolbar popup on real pages: what it lists must be what the page shows.
const gold = loadGold();
/** The order events are listed in: the most pressing verdict first. */
const RANK = ['conflicting', 'mixed', 'corroborated', 'single-source', 'unchecked'];

/** The labelled figure a badge stands for, as the last seed page states it. */
function goldOf(badge: ShownBadge): GoldFigure {
  const figure = goldFiguresOf(gold, LAST_SEED).find(
    (f) => f.metric === badge.metric && f.n === badge.n,
  );
  if (!figure) throw new Error(`gold has no ${badge.metric} ${badge.n} in ${LAST_SEED}`);
  return figure;
}

/** The value the earlier page of an expected pair gave for the same event, from the gold. */
function earlierValue(figure: GoldFigure): number | null {
  const pair = gold.expectedVerdicts.find(
    (v) =>
      v.files.at(-1)?.slice(0, 3) === LAST_SEED.slice(0, 3) &&
      v.metric === figure.metric &&
      v.place === figure.place &&
      v.date === figure.date,
  );
  const first = pair?.files[0];
  if (!first) return null;
  const fixture = SEED_PAGES.find((f) => f.slice(0, 3) === first.slice(0, 3)) ?? first;
  const same = goldFiguresOf(gold, fixture).find(
    (f) => f.metric === figure.metric && f.place === figure.place && f.date === figure.date,
  );
  return same?.n ?? null;
}

/** The "Reported values: a (source), b (source)" label as [value, source] pairs. */
function stripEntries(label: string): [string, string][] {
  expect(label).toMatch(/^Reported values: /);
  const body = label.replace(/^Reported values: /, '');
  return Array.from(body.matchAll(/(.+?) \(([^)]+)\)(?:, |$)/g), (m) => [m[1]!, m[2]!]);
}

describe('the popup on a seed page read after the others', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;
  let badges: ShownBadge[];
  let rows: PopupRow[];

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await readSeeds(page, server);
    badges = await readBadges(page);
    popup = await openPopup(ext, page);
    rows = await readPopupRows(popup);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('counts in its header the badges the page shows, verdict by verdict', async () => {
    expect(await popupState(popup)).toBe('ready');
    expect(
      badges.map((b) => b.verdict),
      'the page has a conflict to list',
    ).toContain('conflicting');
    const { total, ...byVerdict } = await readHeaderCounts(popup);
    expect(total).toBe(badges.length);
    expect(byVerdict).toEqual(countBy(badges, (b) => b.verdict));
    await popup.screenshot({ path: screenPath('popup-ready.png'), fullPage: true });
  });

  it('lists one row per figure, grouped by event, conflicting events first', () => {
    expect(rows.map((r) => r.figureId).sort()).toEqual(badges.map((b) => b.figureId).sort());
    for (const row of rows) {
      expect(row.verdict, row.figureText).toBe(
        badges.find((b) => b.figureId === row.figureId)?.verdict,
      );
    }
    // Each group's rank is that of its most pressing row; ranks never go back up the list.
    const groups = [...new Set(rows.map((r) => r.event))];
    const ranks = groups.map((event) =>
      Math.min(...rows.filter((r) => r.event === event).map((r) => RANK.indexOf(r.verdict))),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rows[0]?.verdict).toBe('conflicting');
    // Rows listed together are one event: same metric, place and date.
    for (const row of rows) {
      const [place, date] = row.facts.split(' · ');
      const metric = row.metric.charAt(0).toUpperCase() + row.metric.slice(1);
      expect(row.event).toBe(`${metric} · ${place} · ${date}`);
    }
  });

  it('says on each row the figure, what it counts, where, when, who said it and the verdict', () => {
    for (const row of rows) {
      const badge = badges.find((b) => b.figureId === row.figureId)!;
      const figure = goldOf(badge);
      expect(row.figureText).toBe(badge.figure);
      expect(row.metric).toBe(metricWords(figure.metric, figure.group ?? null));
      const place = figure.place ? placeByCode(figure.place)?.name : 'place not stated';
      const said = figure.attributedTo ? `said by ${figure.attributedTo}` : 'unattributed';
      expect(row.facts).toBe(`${place} · ${dateWords(figure.date)} · ${said}`);
      expect(row.verdictText.toLowerCase()).toContain(row.verdict.replace('-', ' '));
    }
  });

  it('draws a range strip on each row whose label names every reported value', () => {
    for (const row of rows) {
      const badge = badges.find((b) => b.figureId === row.figureId)!;
      expect(row.stripRole).toBe('img');
      const entries = stripEntries(row.stripLabel ?? '');
      expect(entries[0], 'this page first').toEqual([String(badge.n), 'this page']);
      const earlier = earlierValue(goldOf(badge));
      if (goldOf(badge).optional && earlier === null) {
        // A figure no other seed reports: its strip shows this page alone.
        expect(entries).toHaveLength(1);
        continue;
      }
      expect(earlier, `gold pairs ${badge.metric} ${badge.n} with an earlier page`).not.toBeNull();
      // The other sources, each with its own wording of the value ("at least 26"), as many
      // as the badge in the page counts ("conflicting with 1 source").
      const others = entries.slice(1);
      const counted = Array.from(badge.label.matchAll(/(\d+) sources?/g), (m) => Number(m[1]));
      expect(counted.length, badge.label).toBeGreaterThan(0);
      expect(others.length).toBe(counted.reduce((a, b) => a + b, 0));
      expect(others.map(([value]) => value).join(' | ')).toMatch(
        new RegExp(`(^|\\D)${earlier}(\\D|$)`),
      );
      for (const [, source] of others) expect(source).not.toBe('this page');
    }
  });

  it('shows a figure in the page when its row is clicked, focusing its badge', async () => {
    const row = rows[rows.length - 1]!;
    await popup.locator(`button.row[data-figure-id="${row.figureId}"]`).click();
    await expect.poll(() => revealedFigure(page)).toBe(row.figureId);
    await expect.poll(() => focused(page)).toBe(`badge:${row.figureId}`);
  });

  it('shows a figure in the page when Enter is pressed on its row', async () => {
    const row = rows[0]!;
    expect(await revealedFigure(page)).not.toBe(row.figureId);
    await popup.locator(`button.row[data-figure-id="${row.figureId}"]`).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => revealedFigure(page)).toBe(row.figureId);
    await expect.poll(() => focused(page)).toBe(`badge:${row.figureId}`);
  });
});

describe('the popup on pages without figures to list', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each(readdirSync(`${FIXTURE_PAGES}non-article`).filter((f) => f.endsWith('.html')))(
    'says %s is not a news article',
    async (file) => {
      await page.goto(server.url(`non-article/${file}`));
      await waitForScan(page);
      const popup = await openPopup(ext, page);
      expect(await popupState(popup)).toBe('not-article');
      expect(await popupMessage(popup)).toMatch(/doesn't look like a news article/);
      expect(await popup.locator('button.row').count()).toBe(0);
      await popup.close();
    },
  );

  it('says an article without figures has none', async () => {
    await page.goto(server.addPage('/council-library.html', articleWithoutFigures()));
    await waitForScan(page);
    const popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('no-figures');
    expect(await popupMessage(popup)).toBe(
      'No drone-strike or casualty figures found in this article.',
    );
    expect(await popup.locator('.counts').count()).toBe(0);
    await popup.close();
  });
});
