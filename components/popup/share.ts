/**
 * Sharing a page's figures to a team list from the popup: which lists qualify, how a figure is
 * named in the chooser, and what the popup says about the outcome. Pure, for unit tests.
 *
 * @module
 */
import type { Mention } from '../../lib/claims/mention';
import type { ListStatusView, ShareFiguresResponse } from '../../lib/messages/list-protocol';
import { isExactlyOne, metricWords } from '../metric-words';
import type { ViewState } from './load-page';

/** The lists figures can be shared to: followed server lists with a write token. */
export function writableLists(lists: readonly ListStatusView[]): ListStatusView[] {
  return lists.filter((l) => l.writable);
}

/** Whether the page is in a state whose figures may be shared (they are found and stable). */
export function shareableState(state: ViewState | 'loading'): boolean {
  return state === 'ready' || state === 'checking';
}

/** A figure as the popup's rows name it: its own words and what it counts ("132 drones downed"). */
export function figureWords(mention: Pick<Mention, 'text' | 'metric' | 'group' | 'value'>): string {
  return `${mention.text} ${metricWords(mention.metric, mention.group, isExactlyOne(mention.value))}`;
}

/** "1 figure" / "3 figures". */
export function figureCount(n: number): string {
  return `${n} ${n === 1 ? 'figure' : 'figures'}`;
}

/** What the popup says after a share; `tone` picks the live region (alert for a refusal). */
export interface ShareOutcome {
  tone: 'sent' | 'queued' | 'refused';
  text: string;
}

/**
 * The sentence for the background's answer to a share of `count` figures to the list `name`.
 * A share the server did not take yet is not a failure: it waits in the outbox and is retried.
 */
export function shareOutcome(
  answer: ShareFiguresResponse,
  count: number,
  name: string,
): ShareOutcome {
  const figures = figureCount(count);
  // Server reasons may end with their own full stop; the sentence adds one.
  const error = answer.error?.trim().replace(/\.+$/, '') || null;
  if (answer.refused)
    return { tone: 'refused', text: `${name} refused the figures: ${error ?? 'no reason given'}.` };
  if (answer.sent) return { tone: 'sent', text: `Shared ${figures} to ${name}.` };
  const reason = error ? ` (${error})` : '';
  return {
    tone: 'queued',
    text: `Saved ${figures}; they will be sent to ${name} when its server answers${reason}.`,
  };
}
