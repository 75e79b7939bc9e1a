/**
 * The content script's side of `check-page`: each request after an answered one sends only the
 * figures that one did not have, and the others as their place in it (CheckPageWireSchema). A
 * live blog posting an entry on top changes one figure of 500; sending all 500 again was the
 * largest part of the main thread's time after such an edit.
 *
 * @module
 */
import type { FigureCheck } from '../claims/claim';
import type { Mention } from '../claims/mention';
import { fromPlaces, toPlaces } from './by-place';
import { exchange, RequestError, type Send } from './ask';
import { UNKNOWN_BASE, type CheckPageRequest, type CheckPageWire } from './page-protocol';
import { CHECK_PAGE } from './page-requests';

/** The last request the background answered: its id, where each figure stood, their checks. */
interface Answered {
  id: string;
  places: Map<Mention, number>;
  results: readonly FigureCheck[];
}

/**
 * A function that asks the background to check a page's figures through `to`
 * (`browser.runtime.sendMessage`): the checks in order, or null when there is no usable answer.
 * Figures are told apart by identity: the same object as in the last answered request is the
 * same figure (the page session hands out the same objects for unchanged figures). A check
 * the background names as unchanged is the same object as in the last answer.
 */
export function pageChecker(
  to: Send,
): (request: CheckPageRequest) => Promise<FigureCheck[] | null> {
  // Ids only need to differ from this frame's earlier ones; a new content script starts whole.
  const prefix = Math.random().toString(36).slice(2, 10);
  let count = 0;
  let last: Answered | null = null;

  const ask = async (request: CheckPageRequest, base: Answered | null) => {
    const id = `${prefix}-${++count}`;
    let wire: CheckPageWire = { ...request, id };
    if (base) {
      const sent = toPlaces(request.mentions, (m) => base.places.get(m) ?? -1);
      wire = { ...wire, base: base.id, refs: sent.places, mentions: sent.whole };
    }
    last = null;
    const answer = await exchange(to, wire, CHECK_PAGE.answer);
    // Named checks are the very objects of the last answer: a caller sees them unchanged at once.
    const refs = answer.resultRefs;
    const results = refs
      ? base && refs.length === request.mentions.length
        ? fromPlaces(refs, answer.results, base.results)
        : null
      : answer.results;
    if (!results) throw new RequestError('the answer did not fit the request', 'invalid');
    last = { id, places: new Map(request.mentions.map((m, i) => [m, i])), results };
    return results;
  };

  return async (request) => {
    const base = last;
    try {
      return await ask(request, base);
    } catch (e) {
      // The worker was stopped since, or never saw the request referred to: send them whole.
      if (!base || !(e instanceof RequestError) || e.message !== UNKNOWN_BASE) return null;
      try {
        return await ask(request, null);
      } catch {
        return null;
      }
    }
  };
}
