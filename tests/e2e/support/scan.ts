import type { Page } from 'playwright-core';

/** The content script's state attributes on `<html>`. */
const STATE = 'data-figure-check';
const RUNS = 'data-figure-check-runs';

/**
 * Waits until the content script has finished at least `runs` scans of `page`, and fails with
 * its state if the last one did not end in `done`.
 */
export async function waitForScan(page: Page, runs = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([attr, n]) => Number(document.documentElement.getAttribute(attr) ?? 0) >= n,
    [RUNS, runs] as const,
    { timeout },
  );
  const state = await page.evaluate((attr) => document.documentElement.getAttribute(attr), STATE);
  if (state !== 'done') throw new Error(`content script ended in state ${state} on ${page.url()}`);
}

/** Asks the content script to scan again (see entrypoints/content/index.ts) and waits for it. */
export async function rescan(page: Page): Promise<void> {
  const before = await page.evaluate(
    (attr) => Number(document.documentElement.getAttribute(attr) ?? 0),
    RUNS,
  );
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('figure-check:rescan')));
  await waitForScan(page, before + 1);
}

/** One marked figure as the page shows it: all the marks sharing one `data-figure-id`. */
export interface MarkedFigure {
  id: string;
  metric: string;
  n: number;
  text: string;
  pieces: number;
}

/** Reads every marked figure on `page`, in document order. */
export function readMarks(page: Page): Promise<MarkedFigure[]> {
  return page.evaluate(() => {
    const byId = new Map<string, MarkedFigure>();
    for (const mark of Array.from(document.querySelectorAll('figure-check-mark'))) {
      const id = mark.getAttribute('data-figure-id') ?? '';
      const seen = byId.get(id);
      if (seen) {
        seen.text += mark.textContent ?? '';
        seen.pieces += 1;
        continue;
      }
      byId.set(id, {
        id,
        metric: mark.getAttribute('data-metric') ?? '',
        n: Number(mark.getAttribute('data-n')),
        text: mark.textContent ?? '',
        pieces: 1,
      });
    }
    return Array.from(byId.values());
  });
}
