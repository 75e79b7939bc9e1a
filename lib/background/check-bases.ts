/**
 * The figures of each page's last `check-page` request, so the next one may name the figures it
 * shares with it by their place instead of sending them again (see CheckPageWireSchema). Kept in
 * the worker's memory only: a stopped worker forgets them, and the page then sends its figures
 * whole. One entry per tab and frame: a page can refer only to its own requests.
 *
 * @module
 */
import type { Mention } from '../claims/mention';
import { UNKNOWN_BASE, type CheckPageRequest, type CheckPageWire } from '../messages/protocol';

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

/** Each frame's last request: its id and its figures, whole. */
export class CheckBases {
  readonly #frames = new Map<string, { id: string; mentions: readonly Mention[] }>();

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
      mentions = [];
      let sent = 0;
      for (const ref of wire.refs) {
        const whole = ref < 0 ? wire.mentions[sent++] : base.mentions[ref];
        if (!whole) return UNKNOWN_BASE;
        mentions.push(whole);
      }
      if (sent !== wire.mentions.length) return UNKNOWN_BASE;
    }
    if (key) {
      this.#frames.delete(key);
      if (wire.id !== undefined) this.#frames.set(key, { id: wire.id, mentions });
      if (this.#frames.size > MAX_FRAMES) {
        const oldest = this.#frames.keys().next().value;
        if (oldest !== undefined) this.#frames.delete(oldest);
      }
    }
    return { type: 'check-page', source: wire.source, mentions };
  }
}
