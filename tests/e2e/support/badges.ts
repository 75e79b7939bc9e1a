import type { Page } from 'playwright-core';

/** One badge as the page shows it, with the figure it stands after. */
export interface ShownBadge {
  figureId: string;
  /** The verdict, from the button's `v-<verdict>` class. */
  verdict: string;
  /** The figure's words and data, from its marks. */
  metric: string;
  n: number;
  figure: string;
  /** The button's accessible name and visible text. */
  label: string;
  text: string;
  /**
   * Whether the badge sits where the figure's phrase ends: last in the figure's tail (the phrase's
   * last word), or right after its last mark piece when it has no tail.
   */
  atPhraseEnd: boolean;
}

/**
 * Reads every badge on `page`, in document order. The hosts carry nothing a page could read;
 * the test build's open shadow roots let the test look inside (a shipped build's are closed).
 */
export function readBadges(page: Page): Promise<ShownBadge[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('figure-check-badge')).map((host) => {
      const id =
        host.shadowRoot?.querySelector('[data-figure-id]')?.getAttribute('data-figure-id') ?? '';
      const marks = Array.from(document.querySelectorAll('figure-check-mark')).filter(
        (m) => m.getAttribute('data-figure-id') === id,
      );
      const last = marks[marks.length - 1];
      const button = host.shadowRoot?.querySelector('button');
      return {
        figureId: id,
        verdict: /\bv-([a-z-]+)/.exec(button?.getAttribute('class') ?? '')?.[1] ?? '',
        metric: marks[0]?.getAttribute('data-metric') ?? '',
        n: Number(marks[0]?.getAttribute('data-n')),
        figure: marks
          .map((m) => m.textContent ?? '')
          .join('')
          .replace(/\s+/g, ' '),
        label: button?.getAttribute('aria-label') ?? '',
        text: (button?.textContent ?? '').trim(),
        atPhraseEnd:
          host.parentElement?.localName === 'figure-check-tail'
            ? host.parentElement.getAttribute('data-figure-id') === id && !host.nextSibling
            : last !== undefined && host.previousSibling === last,
      };
    }),
  );
}

/** The badge button of a figure (Playwright's CSS pierces the test build's open shadow roots). */
export function badgeButton(page: Page, figureId: string) {
  return page.locator(`figure-check-badge [data-figure-id="${figureId}"] button`);
}

/** The open source card's dialog, if any. */
export function cardDialog(page: Page) {
  return page.locator('figure-check-card [role="dialog"]');
}

/** The links of the open card, with what the reader sees and where they lead. */
export function readCardLinks(
  page: Page,
): Promise<{ text: string; href: string; target: string; rel: string }[]> {
  return cardDialog(page)
    .locator('a')
    .evaluateAll((links) =>
      links.map((a) => ({
        text: (a.textContent ?? '').trim(),
        href: a.getAttribute('href') ?? '',
        target: a.getAttribute('target') ?? '',
        rel: a.getAttribute('rel') ?? '',
      })),
    );
}

/** What has focus, looking through shadow roots: `badge:<id>`, `card`, or a tag name. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'none';
    const tag = active.tagName.toLowerCase();
    if (tag === 'figure-check-badge') {
      const inner = active.shadowRoot?.activeElement?.tagName.toLowerCase();
      const id = active.shadowRoot
        ?.querySelector('[data-figure-id]')
        ?.getAttribute('data-figure-id');
      return inner === 'button' ? `badge:${id}` : tag;
    }
    return tag === 'figure-check-card' ? 'card' : tag;
  });
}

/** The content script's answer state: `ok` when the background answered and badges were drawn. */
export function answerState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-figure-check-answer'));
}
