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
      // Inside the badge: the e2e build's roots are open (a shipped build's are closed).
      const inner = el.shadowRoot;
      const id = inner?.querySelector('[data-figure-id]')?.getAttribute('data-figure-id') ?? '';
      const marks = Array.from(
        document.querySelectorAll(`figure-check-mark[data-figure-id="${id}"]`),
      );
      return {
        text: marks
          .map((m) => m.textContent ?? '')
          .join('')
          .replace(/\s+/g, ' '),
        metric: marks[0]?.getAttribute('data-metric') ?? '',
        verdict:
          /\bv-([a-z-]+)/.exec(inner?.querySelector('button')?.className ?? '')?.[1] ?? 'unchecked',
      };
    });
    await host.locator('button').first().click();
    // The open card lives in one layer at the end of the document (components/badge-layer.ts).
    const sources = await page.evaluate(() => {
      const layer = document.querySelector('figure-check-card')?.shadowRoot;
      const items = layer?.querySelectorAll('li.item-agree, li.item-disagree') ?? [];
      return Array.from(items).map((li) => {
        const mark = li.classList.contains('item-agree') ? 'agrees' : 'CONFLICTS';
        // Rendered text keeps the card's lines apart: "✓ Agrees · Ledger Mint · around 122 …".
        const text = (li as HTMLElement).innerText.trim().replace(/\s*\n\s*/g, ' · ');
        const link = li.querySelector('a')?.getAttribute('href') ?? '';
        return `${mark}: ${text}${link ? ` <${link}>` : ''}`;
      });
    });
    await page.keyboard.press('Escape');
    out.push({ ...info, sources });
  }
  return out;
}
