import { parseHTML } from 'linkedom';
import type { TextPoint } from '../../../lib/page/text-blocks';

/** A linkedom document typed as the browser's, which is what `lib/page` is written against. */
export function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page with `body` inside `<body>`. */
export function page(body: string, head = ''): Document {
  return dom(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

/** Collapses whitespace the way the article reader does. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) out.push(node as Text);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return out;
}

/**
 * What `Range.toString()` would return for the two points: linkedom's Range has no `setStart`,
 * so tests compute the same string by walking the text nodes between them.
 */
export function textBetween(doc: Document, start: TextPoint, end: TextPoint): string {
  const nodes = textNodes(doc.documentElement);
  const a = nodes.indexOf(start.node);
  const b = nodes.indexOf(end.node);
  if (a < 0 || b < a) throw new Error('points out of order or outside the document');
  if (a === b) return start.node.data.slice(start.offset, end.offset);
  const middle = nodes.slice(a + 1, b).map((n) => n.data);
  return [start.node.data.slice(start.offset), ...middle, end.node.data.slice(0, end.offset)].join(
    '',
  );
}
