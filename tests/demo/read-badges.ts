import type { Page } from 'playwright-core';

/** One figure on a checked page, as the reader sees it. */
export interface BadgeReport {
  text: string;
  metric: string;
  verdict: string;
  /** One line per other source: outlet, value, attribution, date, agreement. */
  sources: string[];
}

/**
 * Reads every figure of the page with its badge's verdict and, by opening its card, the sources
 * behind it. Figures without a badge (the background did not answer) read as "unchecked".
 */
export async function readBadges(page: Page): Promise<BadgeReport[]> {
  const count = await page.locator('figure-check-badge').count();
  const out: BadgeReport[] = [];
  for (let i = 0; i < count; i++) {
    const host = page.locator('figure-check-badge').nth(i);
    const info = await host.evaluate((el) => {
      const id = el.getAttribute('data-figure-id') ?? '';
      const marks = Array.from(
        document.querySelectorAll(`figure-check-mark[data-figure-id="${id}"]`),
      );
      return {
        text: marks.map((m) => m.textContent ?? '').join(''),
        metric: marks[0]?.getAttribute('data-metric') ?? '',
        verdict: el.getAttribute('data-verdict') ?? 'unchecked',
      };
    });
    await host.locator('button').first().click();
    const sources = await host.evaluate((el) => {
      const items = el.shadowRoot?.querySelectorAll('[data-source]') ?? [];
      return Array.from(items).map((s) => (s.textContent ?? '').replace(/\s+/g, ' ').trim());
    });
    await page.keyboard.press('Escape');
    out.push({ ...info, sources });
  }
  return out;
}
