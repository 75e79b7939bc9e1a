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
import { RequestError, send, type Send } from './client';
import { UNKNOWN_BASE, type CheckPageRequest, type CheckPageWire } from './protocol';

/** The last request the background answered: its id, where each figure stood, their checks. */
interface Answered {
  id: string;
  places: Map<Mention, number>;
  results: readonly FigureCheck[];
}

/**
 * The checks of an answer with `resultRefs`: each named one the very object the base request's
 * answer held (so a caller comparing checks sees an unchanged one at once), the others taken in
 * order from `results`. Null when the answer does not fit the request and its base.
 */
function resolvedChecks(
  results: readonly FigureCheck[],
  refs: readonly number[],
  base: readonly FigureCheck[],
  figures: number,
): FigureCheck[] | null {
  if (refs.length !== figures) return null;
  const out: FigureCheck[] = [];
  let sent = 0;
  for (const ref of refs) {
    const check = ref < 0 ? results[sent++] : base[ref];
    if (!check) return null;
    out.push(check);
  }
  return sent === results.length ? out : null;
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
      const refs = request.mentions.map((m) => base.places.get(m) ?? -1);
      wire = {
        ...wire,
        base: base.id,
        refs,
        mentions: request.mentions.filter((_m, i) => refs[i]! < 0),
      };
    }
    last = null;
    const answer = await send(to, wire);
    const results = answer.resultRefs
      ? base &&
        resolvedChecks(answer.results, answer.resultRefs, base.results, request.mentions.length)
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
