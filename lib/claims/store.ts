/**
 * An in-memory claims list indexed by event, for the `check` command and for tests; the
 * extension's database answers the same {@link ClaimStore.candidates} question from IndexedDB.
 *
 * @module
 */
import type { Claim } from './claim';
import { eventKey, sameEvent } from './event';
import { relatedEvents } from './explain';
import type { Mention } from './mention';

/** Claims kept in memory, one per id, found by event. */
export class ClaimStore {
  readonly #byId = new Map<string, Claim>();
  readonly #byEvent = new Map<string, Map<string, Claim>>();

  /** Adds claims; a claim with an id already present replaces the old one. */
  add(...claims: Claim[]): void {
    for (const c of claims) {
      const old = this.#byId.get(c.id);
      const oldKey = old && eventKey(old);
      if (oldKey) this.#byEvent.get(oldKey)?.delete(c.id);
      this.#byId.set(c.id, c);
      const key = eventKey(c);
      if (key === null) continue;
      let bucket = this.#byEvent.get(key);
      if (!bucket) this.#byEvent.set(key, (bucket = new Map()));
      bucket.set(c.id, c);
    }
  }

  /** Removes the claim with this id, if any; says whether there was one. */
  remove(id: string): boolean {
    const old = this.#byId.get(id);
    if (!old) return false;
    this.#byId.delete(id);
    const key = eventKey(old);
    if (key !== null) this.#byEvent.get(key)?.delete(id);
    return true;
  }

  /** The claim with this id. */
  get(id: string): Claim | undefined {
    return this.#byId.get(id);
  }

  /** How many claims are kept. */
  get size(): number {
    return this.#byId.size;
  }

  /** Every claim, in the order first added (a replaced claim keeps its place). */
  all(): Claim[] {
    return [...this.#byId.values()];
  }

  /**
   * The claims about the same event as `m` ({@link sameEvent}), from every source including
   * `m`'s own page; {@link checkMention} leaves those out.
   */
  candidates(m: Pick<Mention, 'metric' | 'group' | 'date' | 'place' | 'attacker'>): Claim[] {
    const key = eventKey(m);
    if (key === null) return [];
    return [...(this.#byEvent.get(key)?.values() ?? [])].filter((c) => sameEvent(m, c));
  }

  /**
   * The claims a check of `m` reads: those about its event, and those about the events that
   * explain it or that it is part of (`relatedEvents`), each once.
   */
  related(m: Pick<Mention, 'metric' | 'group' | 'date' | 'place' | 'attacker'>): Claim[] {
    const out = new Map<string, Claim>();
    for (const probe of [m, ...relatedEvents(m)])
      for (const c of this.candidates(probe)) out.set(c.id, c);
    return [...out.values()];
  }
}
