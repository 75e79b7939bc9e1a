import { describe, expect, it } from 'vitest';
import {
  MARK_STYLE,
  MARK_TAG,
  TAIL_STYLE,
  TAIL_TAG,
  styledElement,
} from '../../../lib/page/own-tags';
import { page } from './dom-helpers';

describe('styledElement', () => {
  it('makes a new element of the document each time, with the style and nothing else', () => {
    const doc = page('<p>Text</p>');
    const first = styledElement(doc, MARK_TAG);
    first.setAttribute('data-figure-id', '1');
    first.append('57');
    doc.querySelector('p')!.append(first);
    const second = styledElement(doc, MARK_TAG);
    expect(second).not.toBe(first);
    expect(second.ownerDocument).toBe(doc);
    expect(second.isConnected).toBe(false);
    expect(second.localName).toBe(MARK_TAG);
    // What was done to the first is not in the second.
    expect([...second.attributes].map((a) => [a.name, a.value])).toEqual([['style', MARK_STYLE]]);
    expect(second.childNodes).toHaveLength(0);
    const tail = styledElement(doc, TAIL_TAG);
    expect([tail.localName, tail.getAttribute('style')]).toEqual([TAIL_TAG, TAIL_STYLE]);
  });

  it('makes each document its own elements', () => {
    const a = page('<p>A</p>');
    const b = page('<p>B</p>');
    expect(styledElement(a, MARK_TAG).ownerDocument).toBe(a);
    expect(styledElement(b, MARK_TAG).ownerDocument).toBe(b);
  });
});
