import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';
import { badgeButton, cardDialog, readBadges } from './badges';

/**
 * Sends `message` to the background from an extension page (team-list requests are answered
 * only for the extension's own pages) and returns the answer.
 */
export async function askBackground(ext: ExtensionBrowser, message: object): Promise<unknown> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    return await page.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): unknown } } }
        ).chrome.runtime.sendMessage(m),
      message,
    );
  } finally {
    await page.close();
  }
}

/**
 * The verdict of each badge on `page`, keyed by what its figure counts and its number as marked
 * (`drones.downed 142`).
 */
export async function verdictsByFigure(page: Page): Promise<Record<string, string>> {
  const badges = await readBadges(page);
  return Object.fromEntries(badges.map((b) => [`${b.metric || '?'} ${b.n}`, b.verdict]));
}

/** The figure id of the badge after the figure numbered `n`. */
export async function figureIdOf(page: Page, n: number): Promise<string> {
  const id = await page
    .locator(`figure-check-mark[data-n="${n}"]`)
    .first()
    .getAttribute('data-figure-id');
  if (!id) throw new Error(`no marked figure ${n} on ${page.url()}`);
  return id;
}

/** Opens the source card of the figure numbered `n` and returns its text, spaces collapsed. */
export async function cardTextOf(page: Page, n: number): Promise<string> {
  await badgeButton(page, await figureIdOf(page, n)).click();
  const card = cardDialog(page);
  await card.waitFor();
  return ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
}
