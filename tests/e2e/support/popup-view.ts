import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';
import { clickToolbarButton } from './popup';

/** One figure row of the popup as a reader sees it. */
export interface PopupRow {
  figureId: string;
  /** The row's `data-verdict` (`unchecked` when not checked yet). */
  verdict: string;
  /** The heading of the event group the row is listed under. */
  event: string;
  /** The figure as the page writes it ("one hundred and forty-two"). */
  figureText: string;
  /** What it counts ("drones shot down"). */
  metric: string;
  /** The visible verdict word ("Conflicting"). */
  verdictText: string;
  /** "Russia · 20 Jul 2025 · said by …". */
  facts: string;
  /** The range strip's accessible name, or null when the row has none. */
  stripLabel: string | null;
  stripRole: string | null;
}

/** The popup root's `data-state`. */
export function popupState(popup: Page): Promise<string | null> {
  return popup.locator('.popup').getAttribute('data-state');
}

/** Waits until the popup shows `state`. */
export async function waitForPopupState(popup: Page, state: string): Promise<void> {
  await popup.locator(`.popup[data-state="${state}"]`).waitFor();
}

/** Every figure row of the popup, in the order listed. */
export function readPopupRows(popup: Page): Promise<PopupRow[]> {
  return popup.evaluate(() =>
    Array.from(document.querySelectorAll('.group')).flatMap((group) => {
      const event = (group.querySelector('.event')?.textContent ?? '').trim();
      return Array.from(group.querySelectorAll('button.row')).map((row) => {
        const strip = row.querySelector('svg');
        const text = (selector: string) =>
          (row.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          figureId: row.getAttribute('data-figure-id') ?? '',
          verdict: row.getAttribute('data-verdict') ?? '',
          event,
          figureText: text('.figure-text'),
          metric: text('.metric'),
          verdictText: text('.verdict'),
          facts: text('.facts'),
          stripLabel: strip?.getAttribute('aria-label') ?? null,
          stripRole: strip?.getAttribute('role') ?? null,
        };
      });
    }),
  );
}

/** The header's counts: `total` and one entry per verdict shown ("1 conflicting" → 1). */
export function readHeaderCounts(popup: Page): Promise<Record<string, number>> {
  return popup.evaluate(() => {
    const counts: Record<string, number> = {};
    const total = document.querySelector('.counts .total')?.textContent ?? '';
    counts.total = Number(/(\d+)/.exec(total)?.[1] ?? NaN);
    for (const span of Array.from(document.querySelectorAll('.counts .count'))) {
      const verdict = Array.from(span.classList)
        .find((c) => c.startsWith('v-'))
        ?.slice(2);
      if (verdict) counts[verdict] = Number(/(\d+)/.exec(span.textContent ?? '')?.[1] ?? NaN);
    }
    return counts;
  });
}

/** The main message of a popup state without figures, as one line of text. */
export async function popupMessage(popup: Page): Promise<string> {
  return ((await popup.locator('main .message').first().textContent()) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Clicks the toolbar button for the tab of `page` with that tab in front (the browser grants
 * `activeTab` to the tab the button was clicked for, which is the active one).
 */
export async function clickToolbarFor(ext: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  await clickToolbarButton(ext, page);
}

/** The figure id the content script last revealed on `page` (`<html>`'s attribute). */
export function revealedFigure(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-figure-check-revealed'));
}

/** Counts items by a key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}
