/**
 * The figures the article root is chosen by (how much paragraph text each candidate holds, and
 * the page's total), kept from one finding to the next and brought up to date from the
 * paragraphs that changed, came or went: a live blog of thousands of entries changes one or two
 * at a time, and scoring every paragraph again cost more than the rest of finding the root.
 *
 * Each paragraph remembers its length and the candidates it credited, so that taking it back
 * is exact: the scores are sums of whole numbers, and an updated score is the one a fresh
 * scoring gives. Whatever the updates cannot follow (a candidate come, gone or moved, a watched
 * attribute changed, many paragraphs at once) makes the next finding score the page afresh.
 *
 * @module
 */
import { queryAll, squashedLength, textOf } from './dom';
import { isInsideClutter } from './skip-rules';

/** Paragraphs looked at when scoring; a page with more is scored on its first ones. */
const MAX_PARAGRAPHS = 5000;
/** Candidates of one kind looked at; a page with more is judged on its first ones. */
const MAX_CANDIDATES = 200;
/** The kinds of element that may hold the story, in the order they are tried. */
const CANDIDATE_SELECTORS = [
  'article',
  '[itemprop="articleBody"]',
  'main',
  '[role="main"]',
] as const;
/** Paragraphs come or gone between two findings beyond this: scoring afresh is as cheap. */
const MAX_CHANGED = 256;

type ClutterCache = Map<Element, boolean>;

/** What the scores need of the page's read cache (see `ArticleReadCache`). */
export interface ScoreSource {
  queryPage(doc: Document, selector: string): readonly Element[];
  measure(el: Element, name: string, compute: (el: Element) => number, fresh?: boolean): number;
}

/** One paragraph as scored: its length (≤ 0: not counted) and the candidates it credited. */
interface Scored {
  length: number;
  credited: readonly Element[];
}

/** One candidate of the story and the paragraph text inside it. */
export interface Candidate {
  el: Element;
  score: number;
}

const NOTHING: readonly Element[] = [];

/** A paragraph's whitespace-collapsed text length; -1 inside clutter. */
function paragraphLength(p: Element, clutter: ClutterCache): number {
  return isInsideClutter(p, clutter) ? -1 : squashedLength(textOf(p, 20_000), 20_000);
}

function sameList(a: readonly Element[], b: readonly Element[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const ANY_CANDIDATE = CANDIDATE_SELECTORS.join(',');

function holdsCandidate(el: Element): boolean {
  try {
    return el.querySelector(ANY_CANDIDATE) !== null;
  } catch {
    return true;
  }
}

/** The paragraph scores of one page (see the module's comment). */
export class RootScores {
  /**
   * Every paragraph of the page when it was last scored, in page order: the first
   * {@link MAX_PARAGRAPHS} of them are those scored.
   */
  #all: readonly Element[] = NOTHING;
  /** Whether the next finding may update the scores; else it scores afresh. */
  #followed = false;
  #scored = new Map<Element, Scored>();
  /** Each kind's candidates as the page query gave them, and those outside clutter. */
  #found: (readonly Element[])[] = [];
  #candidates: Element[][] = [];
  #isCandidate = new Set<Element>();
  /** Every element of `#found`: one that comes again moved, and may stand in clutter now. */
  #wasFound = new Set<Element>();
  /** A candidate moved since: its clutter is judged again in a fresh scoring. */
  #candidateMoved = false;
  #scores = new Map<Element, number>();
  #total = 0;
  /** Scored paragraphs whose text changed since. */
  #changed = new Set<Element>();
  /** Elements added since, with elements inside: paragraphs may have moved in with them. */
  #added: Element[] = [];

  /** @param source - the page's read cache, or null to score afresh every time. */
  constructor(private readonly source: ScoreSource | null) {}

  /** Scores afresh at the next finding. */
  reset(): void {
    this.#followed = false;
    this.#all = NOTHING;
    this.#scored = new Map();
    this.#scores = new Map();
    this.#changed.clear();
    this.#added = [];
    this.#candidateMoved = false;
  }

  /** `el` changed inside, or lost its measures: a paragraph among it is scored again. */
  touched(el: Element): void {
    if (this.#followed && this.#scored.has(el)) this.#changed.add(el);
  }

  /** `el` came into the page: a paragraph, or a subtree that may bring paragraphs along. */
  added(el: Element): void {
    if (!this.#followed) return;
    if (this.#wasFound.has(el)) this.#candidateMoved = true;
    else if (this.#scored.has(el)) this.#changed.add(el);
    else if (el.firstElementChild !== null) this.#added.push(el);
  }

  /**
   * The page's candidates of each kind in {@link CANDIDATE_SELECTORS} (outside clutter), each
   * with the paragraph text inside it, the total, and the paragraphs counted, in page order.
   */
  score(doc: Document): {
    candidates: readonly (readonly Candidate[])[];
    total: number;
    paragraphs: () => { el: Element; length: number }[];
  } {
    if (!this.#update(doc)) this.#scoreAfresh(doc);
    const all = this.#all;
    const scored = this.#scored;
    const result = {
      candidates: this.#candidates.map((list) =>
        list.map((el) => ({ el, score: this.#scores.get(el) ?? 0 })),
      ),
      total: this.#total,
      paragraphs: () => {
        const out: { el: Element; length: number }[] = [];
        for (let i = 0; i < all.length && i < MAX_PARAGRAPHS; i++) {
          const el = all[i]!;
          const length = scored.get(el)?.length ?? 0;
          if (length > 0) out.push({ el, length });
        }
        return out;
      },
    };
    if (!this.source) this.reset();
    return result;
  }

  #query(doc: Document, selector: string): readonly Element[] {
    return this.source ? this.source.queryPage(doc, selector) : queryAll(doc, selector);
  }

  #scoreAfresh(doc: Document): void {
    this.reset();
    const clutter: ClutterCache = new Map();
    this.#found = CANDIDATE_SELECTORS.map((s) => this.#query(doc, s).slice(0, MAX_CANDIDATES));
    this.#candidates = this.#found.map((list) =>
      list.filter((el) => !isInsideClutter(el, clutter)),
    );
    this.#isCandidate = new Set(this.#candidates.flat());
    this.#wasFound = new Set(this.#found.flat());
    this.#total = 0;
    const all = this.#query(doc, 'p');
    for (let i = 0; i < all.length && i < MAX_PARAGRAPHS; i++)
      this.#credit(all[i]!, clutter, false);
    this.#all = all;
    this.#followed = this.source !== null;
  }

  /** Brings the last scores up to date; false when they cannot be (then score afresh). */
  #update(doc: Document): boolean {
    const before = this.#all;
    if (!this.#followed || !this.source || this.#candidateMoved) return false;
    for (let k = 0; k < CANDIDATE_SELECTORS.length; k++) {
      const found = this.#query(doc, CANDIDATE_SELECTORS[k]!);
      const old = this.#found[k]!;
      if (!sameList(found.length > MAX_CANDIDATES ? found.slice(0, MAX_CANDIDATES) : found, old))
        return false;
    }
    // A candidate moved keeps its place among its kind but may now stand in clutter, or hold
    // other paragraphs: such a change is scored afresh.
    const added = this.#added;
    this.#added = [];
    const moved: Element[] = [];
    for (const el of added) {
      if (!el.isConnected) continue;
      if (holdsCandidate(el)) return false;
      for (const p of queryAll(el, 'p')) if (this.#scored.has(p)) moved.push(p);
    }
    const now = this.#query(doc, 'p');
    // The paragraphs before and after those that came or went are the same elements.
    // The same list when no paragraph came or went.
    let head = now === before ? now.length : 0;
    const shorter = Math.min(before.length, now.length);
    while (head < shorter && before[head] === now[head]) head++;
    let tail = 0;
    while (tail < shorter - head && before[before.length - 1 - tail] === now[now.length - 1 - tail])
      tail++;
    const gone = before.length - head - tail;
    const come = now.length - head - tail;
    if (gone + come > MAX_CHANGED) return false;
    const clutter: ClutterCache = new Map();
    // Those gone are taken back (those past the scored ones were never credited).
    for (let i = head; i < head + gone; i++) this.#uncredit(before[i]!);
    // On a page of more paragraphs than are scored, the unchanged ones after those that came or
    // went move by the difference, and those near the last scored place move in or out of it.
    const by = come - gone;
    const entering: Element[] = [];
    const from = Math.max(head + gone, MAX_PARAGRAPHS - Math.max(by, 0));
    const to = Math.min(before.length, MAX_PARAGRAPHS - Math.min(by, 0));
    for (let j = from; j < to; j++) {
      const was = j < MAX_PARAGRAPHS;
      const is = j + by < MAX_PARAGRAPHS;
      if (was && !is) this.#uncredit(before[j]!);
      else if (!was && is) entering.push(before[j]!);
    }
    for (const p of this.#changed) {
      // Not scored any more: it went, and was taken back above.
      if (!this.#scored.has(p)) continue;
      this.#uncredit(p);
      this.#credit(p, clutter, false);
    }
    this.#changed.clear();
    for (const p of moved) {
      if (!this.#scored.has(p)) continue;
      this.#uncredit(p);
      // Its length was measured where it stood before, perhaps outside clutter.
      this.#credit(p, clutter, true);
    }
    for (let i = head; i < head + come; i++) {
      const p = now[i]!;
      // In both lists but between the same neighbours no more: moved within the page, as the
      // node added (so measured again) or inside one (in `moved`).
      if (this.#scored.has(p)) this.#uncredit(p);
      if (i < MAX_PARAGRAPHS) this.#credit(p, clutter, false);
    }
    for (const p of entering) this.#credit(p, clutter, false);
    this.#all = now;
    return true;
  }

  /** Measures `p` and credits its length to the candidates holding it. */
  #credit(p: Element, clutter: ClutterCache, fresh: boolean): void {
    const length = this.source
      ? this.source.measure(p, 'paragraph', (el) => paragraphLength(el, clutter), fresh)
      : paragraphLength(p, clutter);
    let credited = NOTHING;
    if (length > 0) {
      const holders: Element[] = [];
      for (let cur: Element | null = p; cur; cur = cur.parentElement)
        if (this.#isCandidate.has(cur)) holders.push(cur);
      for (const c of holders) this.#scores.set(c, (this.#scores.get(c) ?? 0) + length);
      this.#total += length;
      credited = holders;
    }
    this.#scored.set(p, { length, credited });
  }

  /** Takes back what `p` credited, and forgets it. */
  #uncredit(p: Element): void {
    const scored = this.#scored.get(p);
    if (!scored) return;
    this.#scored.delete(p);
    if (scored.length <= 0) return;
    for (const c of scored.credited) this.#scores.set(c, this.#scores.get(c)! - scored.length);
    this.#total -= scored.length;
  }
}
