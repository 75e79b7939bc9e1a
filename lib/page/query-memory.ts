/**
 * Whole-page queries (`querySelectorAll` of a tag or a watched attribute) remembered between
 * reads of one page and brought up to date from the elements added and removed since: a page
 * re-read on every change asked a dozen of these each time, each a walk of the whole page,
 * and a live blog's new entry is one `<p>` among thousands.
 *
 * @module
 */
import { listOf, precedes, queryAll } from './dom';

/** More elements added at once than this, and a query is made afresh instead of updated. */
const MAX_ADDED = 64;

/** Since a query was last brought up to date: what came that it may find, and whether any went. */
interface Changes {
  added: Element[];
  removed: boolean;
}

/** The remembered queries of one page, and what changed for each since it was last asked. */
export class QueryMemory {
  /** The elements of the whole page a selector matches, in document order. */
  #found = new Map<string, readonly Element[]>();
  #changes = new Map<string, Changes>();

  /** Whether no query is remembered (then nothing needs noting). */
  get empty(): boolean {
    return this.#found.size === 0;
  }

  /**
   * The elements of `doc` matching `selector`, as `querySelectorAll` finds them: remembered
   * and brought up to date, or queried afresh. The list is shared: do not change it.
   */
  query(doc: Document, selector: string): readonly Element[] {
    let found = this.#found.get(selector);
    const changes = this.#changes.get(selector);
    this.#changes.delete(selector);
    if (found && changes)
      found = updatedQuery(doc, found, selector, changes.added, changes.removed) ?? undefined;
    if (!found) {
      found = queryAll(doc, selector);
      this.#found.set(selector, found);
    } else if (changes) {
      this.#found.set(selector, found);
    }
    return found;
  }

  /** Notes `el` (come or gone) for the queries it matches or holds a match of. */
  note(el: Element, removed: boolean): void {
    // An element with no element inside (a figure's mark, a badge's host) holds no match.
    let hollow: boolean;
    try {
      hollow = el.firstElementChild === null;
    } catch {
      hollow = false;
    }
    for (const selector of this.#found.keys()) {
      // One removal already makes the next ask drop every element gone: no need to look.
      if (removed && this.#changes.get(selector)?.removed) continue;
      let touches: boolean;
      try {
        touches = matches(el, selector) || (!hollow && el.querySelector(selector) !== null);
      } catch {
        // an element that cannot answer may match: the query is made afresh
        this.#forget(selector);
        continue;
      }
      if (!touches) continue;
      let changes = this.#changes.get(selector);
      if (!changes) {
        changes = { added: [], removed: false };
        this.#changes.set(selector, changes);
      }
      if (removed) changes.removed = true;
      else if (changes.added.length < MAX_ADDED) changes.added.push(el);
      else this.#forget(selector);
    }
  }

  /** Forgets every query (a watched attribute changed, or the page is read from scratch). */
  clear(): void {
    this.#found.clear();
    this.#changes.clear();
  }

  #forget(selector: string): void {
    this.#found.delete(selector);
    this.#changes.delete(selector);
  }
}

/** A tag name alone, as most remembered queries are. */
const TAG = /^[a-z][a-z0-9-]*$/;
/** An attribute selector's attribute: an element without it cannot match. */
const ATTRIBUTE = /^\[([a-z][a-z0-9-]*)[\]~|^$*=]/;

/** What each selector asked is: a tag name alone, or one that needs an attribute. */
const SHAPES = new Map<string, { tag: boolean; attribute: string | null }>();

/**
 * `el.matches(selector)`, answered without the selector engine where the element's name or
 * lack of an attribute answers it: every element the page or a scan adds is asked of each
 * remembered query, and a scan's marks and badges come by the hundred.
 */
function matches(el: Element, selector: string): boolean {
  let shape = SHAPES.get(selector);
  if (!shape) {
    shape = { tag: TAG.test(selector), attribute: ATTRIBUTE.exec(selector)?.[1] ?? null };
    SHAPES.set(selector, shape);
  }
  if (shape.tag) {
    const name = el.localName;
    if (name === selector) return true;
    // An HTML element's name matches a type selector in any case; others are left to the engine.
    return (
      name.length === selector.length && name.toLowerCase() === selector && el.matches(selector)
    );
  }
  if (shape.attribute !== null && !el.hasAttribute(shape.attribute)) return false;
  return el.matches(selector);
}

/**
 * `found` (the page's matches of `selector`, in document order, before the changes) brought up
 * to date: elements no longer in the page `doc` leave, the matches in and under `added` (elements
 * added since, some perhaps moved from elsewhere in the page) come in at their place in
 * document order. Null when it would cost more than querying the page again.
 */
function updatedQuery(
  doc: Document,
  found: readonly Element[],
  selector: string,
  added: readonly Element[],
  removed: boolean,
): Element[] | null {
  const fresh = new Set<Element>();
  try {
    for (const root of added) {
      if (!root.isConnected) continue;
      if (root.matches(selector)) fresh.add(root);
      for (const el of listOf(root.querySelectorAll(selector))) fresh.add(el);
      if (fresh.size > MAX_ADDED) return null;
    }
  } catch {
    return null;
  }
  // With nothing gone, every element found still stands where it stood (an element moved is
  // gone from its old place first): only the new ones are placed, and a look at each of the
  // thousands kept, which cost more than the rest of bringing a live blog's query up to date,
  // is spared.
  const kept = removed
    ? found.filter((el) => el.isConnected && el.ownerDocument === doc && !fresh.has(el))
    : [...found];
  for (const el of fresh) {
    // Bisection: a live blog's new entries are a few among thousands of kept matches.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (precedes(kept[mid]!, el)) lo = mid + 1;
      else hi = mid;
    }
    // Said to come but found already (records that repeat themselves): it stays where it is.
    if (kept[lo] !== el) kept.splice(lo, 0, el);
  }
  return kept;
}
