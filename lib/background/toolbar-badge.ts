/**
 * The toolbar button's badge: how many of the page's figures conflict with another source
 * (verdict conflicting or mixed), so a reader sees from the toolbar that a page is disputed
 * before reading it. Nothing when none does. Set per tab; the browser clears it when the tab
 * navigates, and the next check sets it again.
 *
 * @module
 */
import type { FigureCheck } from '../claims/claim';

/** The toolbar API the badge needs (`action` in MV3, `browserAction` in MV2). */
export interface ToolbarAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** The conflicting badge colour of the page's badges: white text on it reads at 7.7:1. */
export const CONFLICT_COLOR = '#a3111f';

/** The badge text for a page's checks: the number of conflicting or mixed figures, or ''. */
export function conflictBadgeText(results: readonly Pick<FigureCheck, 'verdict'>[]): string {
  const n = results.filter((r) => r.verdict === 'conflicting' || r.verdict === 'mixed').length;
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}

/** The tab id of a message's sender, when it is a tab's content script. */
function tabIdOf(sender: { tab?: unknown }): number | null {
  const tab = sender.tab as { id?: unknown } | undefined;
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

/**
 * Once `answer` is known, shows the page's conflict count on the toolbar button of the tab that
 * asked, if the answer is a page check. Failures (a tab closed meanwhile) change nothing else.
 */
export async function showPageConflicts(
  action: ToolbarAction | undefined,
  sender: { tab?: unknown },
  answer: Promise<unknown>,
): Promise<void> {
  const tabId = tabIdOf(sender);
  if (!action || tabId === null) return;
  const result = (await answer) as { type?: unknown; results?: unknown };
  if (result?.type !== 'check-page-result' || !Array.isArray(result.results)) return;
  const text = conflictBadgeText(result.results as Pick<FigureCheck, 'verdict'>[]);
  try {
    await action.setBadgeBackgroundColor({ tabId, color: CONFLICT_COLOR });
    await action.setBadgeText({ tabId, text });
  } catch {
    // The tab went away before the answer: there is no button to update.
  }
}
