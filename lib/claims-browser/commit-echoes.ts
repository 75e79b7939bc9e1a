/** More values than this awaiting their echo means the view dropped some: the oldest go. */
const MAX_PENDING = 32;

/**
 * Tells a text field's own reported values, coming back to it as its value, from values set
 * from outside (Clear filters, Back). Without it a slow round trip drops keystrokes: "k" is
 * reported, "ky" typed and reported, then "k" comes back and would replace "ky" as if someone
 * else had set it. Values are compared trimmed, as the URL keeps them.
 */
export class CommitEchoes {
  /** Values reported and not yet seen coming back, oldest first. */
  private pending: string[] = [];
  private last: string;

  constructor(initial: string) {
    this.last = initial.trim();
  }

  /**
   * A value the field is about to report. False when it is the value last reported or set, so
   * there is nothing new to report.
   */
  commit(value: string): boolean {
    const v = value.trim();
    if (v === this.last) return false;
    this.last = v;
    this.pending.push(v);
    if (this.pending.length > MAX_PENDING) this.pending.shift();
    return true;
  }

  /**
   * A new value given to the field. True when it comes from outside and should replace what is
   * typed; false when it is one of the field's own reports coming back, or what it holds already.
   */
  arrived(value: string): boolean {
    const v = value.trim();
    const at = this.pending.indexOf(v);
    if (at >= 0) {
      // Reports come back in order: those before it will not come back any more.
      this.pending.splice(0, at + 1);
      return false;
    }
    if (v === this.last) return false;
    this.pending = [];
    this.last = v;
    return true;
  }
}
