/**
 * The figures of each page's last `check-page` request and the checks it was answered with, so
 * the next request may name the figures it shares with it by their place instead of sending
 * them again (see CheckPageWireSchema), and its answer may name the checks that did not change
 * the same way (see CheckPageResponseSchema). Kept in the worker's memory only: a stopped worker
 * forgets them, and the page then sends its figures whole. One entry per tab and frame: a page
 * can refer only to its own requests.
 *
 * @module
 */
import type { FigureCheck } from '../claims/claim';
import type { Mention } from '../claims/mention';
import {
  UNKNOWN_BASE,
  type CheckPageRequest,
  type CheckPageResponse,
  type CheckPageWire,
} from '../messages/protocol';
import { fromPlaces, toPlaces } from '../messages/by-place';

/** Frames whose last request is kept; the least recently asked for goes first. */
const MAX_FRAMES = 64;

/** Who sent a request, as far as telling one frame's requests from another's goes. */
export interface FrameSender {
  tab?: unknown;
  frameId?: number;
}

/** The frame a request came from, as a key; null when the sender names no tab. */
function frameKey(sender: FrameSender): string | null {
  const tab = sender.tab;
  if (typeof tab !== 'object' || tab === null || !('id' in tab)) return null;
  const id = tab.id;
  if (typeof id !== 'number') return null;
  return `${id}:${typeof sender.frameId === 'number' ? sender.frameId : 0}`;
}

/**
 * A frame's last request: its id, its figures whole, and once answered, a digest of each check
 * (a check with its sources can be kilobytes; 500 of them for each of 64 frames were too many
 * to keep whole in the worker).
 */
interface Base {
  id: string;
  mentions: readonly Mention[];
  results: readonly string[] | null;
  /** The digests of the checks of the request this one referred to, until it is answered. */
  before: readonly string[] | null;
}

/**
 * A digest of a check's data: its JSON (which the background always writes in one key order)
 * hashed to 53 bits in two 32-bit lanes (cyrb53). Two different checks of one figure are told
 * apart but for a chance of one in 2^53.
 */
function digest(check: FigureCheck): string {
  const text = JSON.stringify(check);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Each frame's last request and its answer. */
export class CheckBases {
  readonly #frames = new Map<string, Base>();

  /**
   * The request `wire` stands for, with every figure whole, remembered (when it has an id) as
   * its frame's last; or the error text to answer with: {@link UNKNOWN_BASE} when it refers to
   * a request this frame did not make last, or to a place that request did not have.
   */
  resolve(wire: CheckPageWire, sender: FrameSender): CheckPageRequest | string {
    const key = frameKey(sender);
    let mentions = wire.mentions;
    if (wire.base !== undefined || wire.refs !== undefined) {
      const base = key === null ? undefined : this.#frames.get(key);
      if (!base || base.id !== wire.base || !wire.refs) return UNKNOWN_BASE;
      const whole = fromPlaces(wire.refs, wire.mentions, base.mentions);
      if (!whole) return UNKNOWN_BASE;
      mentions = whole;
    }
    if (key) {
      const before = wire.base === undefined ? null : (this.#frames.get(key)?.results ?? null);
      this.#frames.delete(key);
      if (wire.id !== undefined)
        this.#frames.set(key, { id: wire.id, mentions, results: null, before });
      if (this.#frames.size > MAX_FRAMES) {
        const oldest = this.#frames.keys().next().value;
        if (oldest !== undefined) this.#frames.delete(oldest);
      }
    }
    return { type: 'check-page', source: wire.source, mentions };
  }

  /**
   * The answer to `wire` as it is sent: the checks equal to those the base request's answer
   * gave the same figures (in equal data) named by their place there, the others whole. Keeps
   * a digest of each check, for the next request to refer to. `answer` as it is when `wire`
   * had no base, or is no longer its frame's last request.
   */
  answer(wire: CheckPageWire, sender: FrameSender, answer: CheckPageResponse): CheckPageResponse {
    const key = frameKey(sender);
    const base = key === null ? undefined : this.#frames.get(key);
    if (!base || wire.id === undefined || base.id !== wire.id) return answer;
    const digests = answer.results.map(digest);
    base.results = digests;
    const before = base.before;
    base.before = null;
    const places = wire.refs;
    if (!before || !places || places.length !== answer.results.length) return answer;
    const sent = toPlaces(answer.results, (_check, i) => {
      const at = places[i]!;
      return at >= 0 && before[at] === digests[i] ? at : -1;
    });
    return { ...answer, results: sent.whole, resultRefs: sent.places };
  }
}
