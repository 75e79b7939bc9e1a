import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core on `page` as it is now (or only on the parts `include` selects) and returns its
 * serious and critical violations, one line each with the rule, its help text and the offending
 * elements, for a failure message.
 */
export async function seriousViolations(
  page: Page,
  include: readonly string[] = [],
): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary})` : ''}`)
          .join('; ')}`,
    );
}

/** What has keyboard focus in `page`, and whether a sighted user can see it has. */
export interface FocusSeen {
  /** Tag, type and accessible text: `button "Clear all data…"`. */
  what: string;
  /** Rendered, with a size, and inside the viewport (the browser scrolls to it). */
  onScreen: boolean;
  /** Drawn with an outline (or a box shadow) while focused. */
  ringed: boolean;
}

/** Describes the focused element of `page` (looking into shadow roots); null when it is `<body>`. */
export function focusSeen(page: Page): Promise<FocusSeen | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const name =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
      el.closest('label')?.textContent ??
      el.textContent ??
      '';
    const type = el.tagName === 'INPUT' ? el.getAttribute('type') : null;
    return {
      what: `${el.tagName.toLowerCase()}${type ? `[${type}]` : ''} "${name.replace(/\s+/g, ' ').trim()}"`,
      onScreen:
        el.checkVisibility() &&
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth,
      ringed:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none',
    };
  });
}
