import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_TAG, BadgeLayer, CARD_TAG } from '../../../components/badge-layer';
import type { Verdict } from '../../../lib/claims/claim';
import { showsBadge } from '../../../lib/page/badge-surface';
import { ChangeLog, type PlacedSince } from '../../../lib/page/change-log';
import { MARK_TAG, TAIL_TAG } from '../../../lib/page/own-tags';
import type { BadgeMode } from '../../../lib/settings/settings';
import { Recorder } from '../page/recorder';
import { check, markedStory, other, storyBadges } from './fixtures';

/** The figures that have a badge, in page order (found through the layer: hosts say nothing). */
function shown(doc: Document, layer: BadgeLayer): string[] {
  const hosts = Array.from(doc.querySelectorAll(BADGE_TAG));
  return ['1', '2', '3']
    .filter((id) => layer.find(id))
    .sort((a, b) => hosts.indexOf(layer.find(a)!.host) - hosts.indexOf(layer.find(b)!.host));
}

/** A click as the browser makes it for a real user (linkedom's events are never trusted). */
function trustedClick(doc: Document): Event {
  const event = new doc.defaultView!.Event('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** Each figure of {@link markedStory} has its badge right after its mark. */
function expectEachRightAfterItsMark(doc: Document, layer: BadgeLayer): void {
  for (const id of ['1', '2', '3']) {
    const mark = doc.querySelector(`figure-check-mark[data-figure-id="${id}"]`);
    expect(layer.find(id)!.host.previousSibling).toBe(mark);
  }
}

let layer: BadgeLayer | null = null;
afterEach(() => {
  layer?.destroy();
  vi.unstubAllGlobals();
});

describe('the badge layer', () => {
  it('shows every verdict, only conflicts, or none', () => {
    const verdicts: Verdict[] = ['corroborated', 'conflicting', 'mixed', 'single-source'];
    const modes: BadgeMode[] = ['all', 'conflicts', 'off'];
    expect(verdicts.map((v) => modes.map((mode) => showsBadge(v, mode)))).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, false],
      [true, false, false],
    ]);
  });

  it('takes badges away at once when the mode shows fewer, and brings them back', () => {
    const doc = markedStory();
    layer = new BadgeLayer(doc);
    expect(layer.update(storyBadges(doc), 'all')).toBe(3);
    expect(shown(doc, layer)).toEqual(['1', '2', '3']);
    expect(layer.update(storyBadges(doc), 'conflicts')).toBe(2);
    expect(shown(doc, layer)).toEqual(['1', '3']);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    expect(layer.update(storyBadges(doc), 'off')).toBe(0);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    // The figures stay marked whatever the mode.
    expect(doc.querySelectorAll('figure-check-mark')).toHaveLength(3);
    layer.update(storyBadges(doc), 'all');
    expect(shown(doc, layer)).toEqual(['1', '2', '3']);
  });

  it('draws each badge right after its figure, once however often it runs', () => {
    const doc = markedStory();
    layer = new BadgeLayer(doc);
    layer.update(storyBadges(doc), 'all');
    layer.update(storyBadges(doc), 'all');
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(3);
    expectEachRightAfterItsMark(doc, layer);
  });

  it('draws a badge again when its verdict changes, and leaves unchanged ones as they are', () => {
    const doc = markedStory();
    layer = new BadgeLayer(doc, { inspectable: true });
    const items = storyBadges(doc);
    layer.update(items, 'all');
    const button = (id: string) => layer!.find(id)!.host.shadowRoot!.querySelector('button')!;
    expect(button('1').textContent).toContain('≠');
    const second = button('2');
    const agreed = items.map((item) =>
      item.figureId === '1'
        ? {
            ...item,
            check: check('corroborated', [
              other({ agrees: true }),
              other({ agrees: true, url: 'https://c.example/' }),
            ]),
          }
        : { ...item },
    );
    layer.update(agreed, 'all');
    expect(button('1').textContent).toContain('✓');
    expect(button('1').getAttribute('aria-label')).toContain('corroborated by 2 sources');
    expect(button('2')).toBe(second);
    expect(button('2').textContent).toContain('✓');
  });

  it('gives a figure that replaced another its own badge, and closes the card of the one gone', () => {
    const doc = markedStory();
    vi.stubGlobal('window', doc.defaultView);
    layer = new BadgeLayer(doc, { inspectable: true });
    const items = storyBadges(doc);
    layer.update(items, 'all');
    const button = (id: string) => layer!.find(id)!.host.shadowRoot!.querySelector('button')!;
    button('1').dispatchEvent(trustedClick(doc));
    expect(doc.querySelectorAll(CARD_TAG)).toHaveLength(1);
    // An edit: figure 1 is no longer a figure; a new one, 4, stands where 2 stood, and 2 is gone.
    const mark2 = doc.querySelector('figure-check-mark[data-figure-id="2"]')!;
    mark2.setAttribute('data-figure-id', '4');
    const single = { ...items[1]!, figureId: '4', check: check('single-source') };
    layer.update([single, items[2]!], 'all');
    expect(layer.find('1')).toBeNull();
    expect(layer.find('2')).toBeNull();
    expect(doc.querySelectorAll(CARD_TAG)).toHaveLength(0);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    expect(layer.find('4')!.host.previousSibling).toBe(mark2);
    expect(button('4').getAttribute('aria-label')).toContain('single source');
    expect(button('4').getAttribute('aria-expanded')).toBe('false');
    expect(
      layer
        .find('4')!
        .host.shadowRoot!.querySelector('[data-figure-id]')
        ?.getAttribute('data-figure-id'),
    ).toBe('4');
    // Its button opens its own card, with its own figure.
    button('4').dispatchEvent(trustedClick(doc));
    expect(doc.querySelectorAll(CARD_TAG)).toHaveLength(1);
    expect(button('4').getAttribute('aria-expanded')).toBe('true');
    expect(button('3').getAttribute('aria-expanded')).toBe('false');
  });

  it('removes a page-made copy of a badge, and everything on destroy', () => {
    const doc = markedStory();
    layer = new BadgeLayer(doc);
    layer.update(storyBadges(doc), 'all');
    const copy = layer.find('1')!.host.cloneNode(true);
    doc.querySelector('article')!.append(copy);
    layer.update(storyBadges(doc), 'all');
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(3);
    expect(copy.isConnected).toBe(false);
    layer.destroy();
    expect(doc.querySelectorAll(`${BADGE_TAG}, ${CARD_TAG}`)).toHaveLength(0);
    expect(layer.find('1')).toBeNull();
  });

  it('removes a copy the page put in place of a badge it took away', () => {
    const doc = markedStory();
    layer = new BadgeLayer(doc);
    layer.update(storyBadges(doc), 'all');
    const original = layer.find('2')!.host;
    const copy = original.cloneNode(true);
    original.replaceWith(copy);
    layer.update(storyBadges(doc), 'all');
    // As many hosts as before, but the copy went and the badge is back after its figure.
    expect(copy.isConnected).toBe(false);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(3);
    expect(layer.find('2')!.host).toBe(original);
  });

  it('with a log of the page’s changes, puts back the badges the page moved and keeps the rest', () => {
    const doc = markedStory();
    const log = new ChangeLog(doc, [MARK_TAG, TAIL_TAG, BADGE_TAG], false);
    const rec = new Recorder(log);
    layer = new BadgeLayer(doc);
    log.begin();
    layer.update(storyBadges(doc), 'all', log);
    log.settle();
    const hosts = ['1', '2', '3'].map((id) => layer!.find(id)!.host);
    const p = doc.querySelector('p')!;
    // The page moves badge 2 to the end, puts a word between figure 3 and its badge, and
    // copies badge 1.
    rec.insertBefore(p, hosts[1]!, null);
    rec.insertBefore(p, doc.createElement('i'), hosts[2]!);
    rec.insertBefore(p, hosts[0]!.cloneNode(true), null);
    log.begin();
    expect(layer.update(storyBadges(doc), 'all', log)).toBe(3);
    log.settle();
    expectEachRightAfterItsMark(doc, layer);
    // The badge the page left alone is the same; the copy is gone.
    expect(layer.find('1')!.host).toBe(hosts[0]);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(3);
    // The whole paragraph moved: every badge is looked for again, and still stands.
    rec.remove(p);
    rec.insertBefore(doc.querySelector('article')!, p, null);
    expect(layer.update(storyBadges(doc), 'all', log)).toBe(3);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(3);
    expectEachRightAfterItsMark(doc, layer);
  });

  it('takes the log’s word: a badge it vouches for is not looked for on the page again', () => {
    const doc = markedStory();
    const trusting: PlacedSince = { unmoved: () => true };
    layer = new BadgeLayer(doc);
    layer.update(storyBadges(doc), 'all', trusting);
    const host = layer.find('2')!.host;
    doc.querySelector('p')!.append(host);
    layer.update(storyBadges(doc), 'all', trusting);
    // Not put back: the log was wrong, and nothing on the page was read to find out.
    expect(doc.querySelector('p')!.lastChild).toBe(host);
    // Without the log's word, it is.
    layer.update(storyBadges(doc), 'all');
    expect(host.previousSibling).toBe(doc.querySelector('figure-check-mark[data-figure-id="2"]'));
  });

  it('leaves a page script nothing to read: closed shadow roots, hosts alike whatever the verdict', () => {
    const doc = markedStory();
    layer = new BadgeLayer(doc);
    layer.update(storyBadges(doc), 'all');
    const hosts = Array.from(doc.querySelectorAll<HTMLElement>(BADGE_TAG));
    expect(hosts).toHaveLength(3);
    for (const host of hosts) {
      expect(host.shadowRoot).toBeNull();
      // Only the inline style that keeps page CSS off it, the same for every verdict.
      expect(host.getAttributeNames()).toEqual(['style']);
      expect(host.getAttribute('style')).toBe(hosts[0]!.getAttribute('style'));
      expect(host.textContent).toBe('');
    }
  });

  it('opens the card for the reader only: a page script’s click is ignored', () => {
    const doc = markedStory();
    // The card listens for scrolls and measures the viewport on the page's window.
    vi.stubGlobal('window', doc.defaultView);
    // Open roots, so this test can reach the button as a page script could not.
    layer = new BadgeLayer(doc, { inspectable: true });
    layer.update(storyBadges(doc), 'all');
    const button = layer.find('1')!.host.shadowRoot!.querySelector('button')!;
    button.click();
    button.dispatchEvent(new doc.defaultView!.Event('click', { bubbles: true }));
    expect(doc.querySelectorAll(CARD_TAG)).toHaveLength(0);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    button.dispatchEvent(trustedClick(doc));
    expect(doc.querySelectorAll(CARD_TAG)).toHaveLength(1);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const card = doc.querySelector(CARD_TAG)!.shadowRoot!;
    expect(card.querySelector('[role="dialog"]')?.textContent).toContain('Euro Dispatch');
    // Nor may a page close it.
    card.querySelector<HTMLElement>('button.close')!.click();
    expect(doc.querySelectorAll(CARD_TAG)).toHaveLength(1);
    card.querySelector('button.close')!.dispatchEvent(trustedClick(doc));
    expect(doc.querySelectorAll(CARD_TAG)).toHaveLength(0);
  });
});
