/**
 * Tags of the inline elements the content script puts into a page's text, in one place so the
 * modules that make them and the ones that look for them agree.
 *
 * @module
 */

/** Wraps a marked figure's words (or one piece of them). */
export const MARK_TAG = 'figure-check-mark';

/** Holds the last word of a figure's phrase and, at its end, the figure's badge. */
export const TAIL_TAG = 'figure-check-tail';

/** The attribute of a mark or tail that says which figure it belongs to. */
export const FIGURE_ID = 'data-figure-id';

/**
 * Rules that make an element read as the text around it: no box, no colour or font of its own,
 * in the flow. Page CSS like `article * { padding: 1em }` must not move the words it wraps.
 */
const AS_TEXT = [
  'display: inline',
  'background: transparent',
  'color: inherit',
  'outline: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'font: inherit',
  'letter-spacing: inherit',
  'word-spacing: inherit',
  'line-height: inherit',
  'position: static',
  'float: none',
  'visibility: visible',
];

/**
 * An inline style attribute of {@link AS_TEXT} plus `rules`, every one `!important`: the style
 * attribute with `!important` outranks every author rule.
 */
export function asTextStyle(rules: readonly string[]): string {
  return [...AS_TEXT, ...rules].map((rule) => `${rule} !important`).join('; ');
}

/**
 * The verdict lives in the badge after the figure; the mark only says which words it is about,
 * so a thin dotted underline in the text's own colour is enough (no fill that fights the page's
 * look). A text decoration takes no room, so layout stays as it was.
 */
export const MARK_STYLE = asTextStyle([
  'white-space: inherit',
  'text-decoration: underline dotted 1px',
  'text-underline-offset: 0.2em',
]);

/** Reads as the text around it, but keeps its words and the badge on one line. */
export const TAIL_STYLE = asTextStyle(['white-space: nowrap']);

/**
 * Whether `el` is one of the extension's marks or tails as it made them: its style attribute,
 * every rule `!important`, outranks any of the page's rules, so it reads as the text around
 * it and takes nothing away. A page's own element of the same name, or one whose attributes
 * the page changed, is judged like any other.
 */
export function isOwnInline(el: Element, tag: string): boolean {
  if (tag === MARK_TAG)
    return el.attributes.length === MARK_ATTRIBUTES && el.getAttribute('style') === MARK_STYLE;
  if (tag === TAIL_TAG)
    return el.attributes.length === TAIL_ATTRIBUTES && el.getAttribute('style') === TAIL_STYLE;
  return false;
}

/**
 * The attributes a mark is made with (style, the figure id, data-metric, data-n, data-min,
 * data-max, data-qualifier, title) and a tail (style, the figure id): one the page added
 * (`aria-hidden`, a clutter class) makes the element one to judge.
 */
const MARK_ATTRIBUTES = 8;
const TAIL_ATTRIBUTES = 2;

/** Per document, one unattached mark and one tail with their style, to clone. */
const templates = new WeakMap<Document, Map<string, Element>>();

/**
 * A new mark or tail of `doc` with its style attribute ({@link MARK_STYLE}, {@link TAIL_STYLE}),
 * cloned from one made once per document: parsing the long `!important` style again for every
 * mark and tail cost three times the rest of making one, hundreds of times on a live blog's first
 * read. The template is never put in the page, so no page script can change what is cloned.
 */
export function styledElement(doc: Document, tag: typeof MARK_TAG | typeof TAIL_TAG): Element {
  let made = templates.get(doc);
  if (!made) {
    made = new Map();
    templates.set(doc, made);
  }
  let template = made.get(tag);
  if (!template) {
    template = doc.createElement(tag);
    template.setAttribute('style', tag === MARK_TAG ? MARK_STYLE : TAIL_STYLE);
    made.set(tag, template);
  }
  return template.cloneNode(false) as Element;
}
