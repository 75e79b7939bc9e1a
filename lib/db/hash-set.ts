/**
 * A set of 30-bit numbers in one typed array (open addressing, linear probing), off the
 * JavaScript heap. A download's claim-id hashes fill one with a number per claim: as a `Set`,
 * each growth made a larger table on V8's heap that outlived young collections (every one of
 * them counted toward growing V8's young generation), and the last table stayed in the old one.
 *
 * @module
 */

/** Marks an empty slot: no 30-bit number has all 32 bits set. */
const EMPTY = 0xffffffff;

/** A set of numbers in [0, 2^30). */
export class Uint30Set {
  private slots: Uint32Array;
  private used = 0;

  constructor(initialSlots = 1024) {
    let size = 16;
    while (size < initialSlots) size *= 2;
    this.slots = new Uint32Array(size).fill(EMPTY);
  }

  /** How many numbers the set holds. */
  get size(): number {
    return this.used;
  }

  /** Whether `n` is in the set. */
  has(n: number): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let i = Math.imul(n, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      const at = slots[i]!;
      if (at === n) return true;
      if (at === EMPTY) return false;
    }
  }

  /**
   * Adds `n`; returns whether it was new.
   *
   * @throws RangeError when `n` is not an integer in [0, 2^30).
   */
  add(n: number): boolean {
    if (!Number.isInteger(n) || n < 0 || n >= 0x40000000)
      throw new RangeError(`not a 30-bit number: ${n}`);
    // At most half full, so probes stay short.
    if ((this.used + 1) * 2 > this.slots.length) this.grow();
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let i = Math.imul(n, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      const at = slots[i]!;
      if (at === n) return false;
      if (at === EMPTY) {
        slots[i] = n;
        this.used++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2).fill(EMPTY);
    this.used = 0;
    for (const n of old) if (n !== EMPTY) this.add(n);
  }
}
