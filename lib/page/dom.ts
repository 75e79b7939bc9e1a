/**
 * Small DOM helpers that never throw. Pages are hostile and DOM shims (linkedom) throw where
 * browsers do not, e.g. `document.body` on a document without `<html>`.
 */
import { cutText, isJsSpace } from '../claims/text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Total characters of page text read, so a giant page cannot exhaust memory. */
export const MAX_TEXT = 2_000_000;

/** Lower-case tag name of an element. */
export function tagOf(el: Element): string {
  return (el.tagName ?? '').toLowerCase();
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === TEXT_NODE;
}

/**
 * The nodes of a DOM list (a `NodeList`, a record's `addedNodes`) as an array, read by index:
 * `Array.from` goes through the list's iterator, which in Chromium cost four times as much on a
 * long list and thirteen times as much over a live blog's mutation records.
 */
export function listOf<T>(nodes: ArrayLike<T>): T[] {
  const out: T[] = [];
  for (let i = 0; i < nodes.length; i++) out.push(nodes[i]!);
  return out;
}

/** `querySelectorAll` as an array, empty on any failure. */
export function queryAll(scope: ParentNode | null | undefined, selector: string): Element[] {
  if (!scope) return [];
  try {
    return listOf(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** DOCUMENT_POSITION_FOLLOWING of `Node`, spelled out so the module loads where it is missing. */
const FOLLOWING = 0x4;

/** Whether `b` comes after `a` in document order (both in one document; `b` may be inside `a`). */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** `querySelector`, null on any failure. */
export function queryOne(scope: ParentNode | null | undefined, selector: string): Element | null {
  return queryAll(scope, selector)[0] ?? null;
}

/** `document.body`, else `<html>`, else a detached `<body>` so callers always get an element. */
export function bodyOf(doc: Document): Element {
  try {
    if (doc.body) return doc.body;
  } catch {
    // linkedom throws when the document has no <html> element
  }
  try {
    if (doc.documentElement) return doc.documentElement;
  } catch {
    // fall through to a detached element
  }
  return doc.createElement('body');
}

/**
 * Collapses whitespace runs to one space and trims; caps the input first. Cuts fall between
 * characters, never inside a surrogate pair (half an emoji is not text any store accepts).
 */
export function squash(text: string | null | undefined, max = 5000): string {
  if (!text) return '';
  return cutText(
    cutText(text, max * 4)
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
}

/**
 * `squash(text, max).length`, counted without making the squashed string: the article root is
 * chosen by the squashed length of every paragraph, and on a long page making those strings
 * cost more than reading the paragraphs' text.
 */
export function squashedLength(text: string | null | undefined, max = 5000): number {
  if (!text) return 0;
  const t = cutText(text, max * 4);
  let length = 0;
  let gap = false;
  // The character the squashed text has at `max - 1`: a cut there keeps a surrogate pair whole.
  let last = 0;
  for (let i = 0; i < t.length && length <= max; i++) {
    const c = t.charCodeAt(i);
    if (isJsSpace(c)) {
      gap = length > 0;
      continue;
    }
    // A space there is no half of a pair: `last` stays 0.
    if (gap) {
      length++;
      gap = false;
    }
    if (length === max - 1) last = c;
    length++;
  }
  if (length <= max) return length;
  return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}

/** `textContent` without throwing, capped between characters. */
export function textOf(node: Node | null | undefined, max = MAX_TEXT): string {
  try {
    return cutText(node?.textContent ?? '', max);
  } catch {
    return '';
  }
}

/**
 * Puts characters `start` to `end` of `node` in `wrapper`, where they stand, as splitting the
 * node at both ends and moving the middle into `wrapper` would: the front of the text stays in
 * `node` and the rest follows in new nodes (marks and tails rely on it, see `movedPoint`). In
 * two or three changes of the page where those made up to seven: every change is a record the
 * read cache and the page's own observers take in.
 */
export function wrapText(
  doc: Document,
  node: Text,
  start: number,
  end: number,
  wrapper: Element,
): void {
  const parent = node.parentNode!;
  const data = node.data;
  const rest = end < data.length ? doc.createTextNode(data.slice(end)) : null;
  const after = node.nextSibling;
  if (start > 0) {
    wrapper.appendChild(doc.createTextNode(data.slice(start, end)));
    node.data = data.slice(0, start);
  } else {
    if (rest) node.data = data.slice(0, end);
    wrapper.appendChild(node);
  }
  const made = doc.createDocumentFragment();
  made.appendChild(wrapper);
  if (rest) made.appendChild(rest);
  parent.insertBefore(made, after);
}

/** Takes `el` out of the page, leaving its children where it stood. */
export function unwrap(el: Element): void {
  el.replaceWith(...listOf(el.childNodes));
}
