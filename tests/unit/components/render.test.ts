import { parseHTML } from 'linkedom';
import { h, render, type ComponentChild } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Badge } from '../../../components/Badge';
import { SourceCard } from '../../../components/SourceCard';
import { SourceList, groupsOf } from '../../../components/SourceList';
import type { FigureCheck } from '../../../lib/claims/claim';
import { check, mention, other } from './fixtures';

// linkedom has no layout, so the card's positioning is tested in the browser; here, what the
// badge and the source list say and link to.
function mount(vnode: ComponentChild): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root')!;
  render(vnode, root as unknown as Element);
  return root as unknown as Element;
}

describe('Badge', () => {
  it('is a button with an icon, a count and an accessible name', () => {
    let toggled = 0;
    const root = mount(
      h(Badge, {
        mention: mention(),
        check: check('conflicting', [other()]),
        expanded: false,
        onToggle: () => toggled++,
      }),
    );
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(
      'Figure 132 drones downed: conflicting with 1 source; open sources',
    );
    expect(button.textContent).toBe('≠1');
    expect(button.querySelector('[aria-hidden="true"]')?.textContent).toBe('≠');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('class')).toBe('badge v-conflicting');
  });
});

describe('SourceList', () => {
  it('groups by originator, tells agreeing from conflicting in words, links only http(s)', () => {
    const others = [
      other({
        agrees: true,
        outlet: 'ABN News',
        text: 'at least 130',
        url: 'https://abn.example/a',
      }),
      other({ outlet: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }),
      other({ attributedTo: null, outlet: null, url: 'https://www.wire.example/b' }),
    ];
    const root = mount(h(SourceList, { check: check('mixed', others) }));
    expect(Array.from(root.querySelectorAll('h3')).map((e) => e.textContent)).toEqual([
      'According to Russian Defense Ministry',
      'Unattributed',
    ]);
    const items = Array.from(root.querySelectorAll('li'));
    expect(items.map((li) => li.querySelector('.marker')?.textContent)).toEqual([
      '✓ Agrees',
      '≠ Conflicts',
      '≠ Conflicts',
    ]);
    const links = Array.from(root.querySelectorAll('a')).map((a) => [
      a.textContent,
      a.getAttribute('href'),
      a.getAttribute('target'),
      a.getAttribute('rel'),
    ]);
    expect(links).toEqual([
      ['ABN News', 'https://abn.example/a', '_blank', 'noopener noreferrer'],
      ['wire.example', 'https://www.wire.example/b', '_blank', 'noopener noreferrer'],
    ]);
    // Text stays text: no element was made from the outlet's markup.
    expect(root.querySelector('img')).toBeNull();
    expect(items[1]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(items[1]!.textContent).toContain('javascript:alert(1)');
  });

  it('groups the lists itself when the background sent no groups', () => {
    const given = check('conflicting', [other()]);
    expect(groupsOf({ ...given, byOriginator: [] })).toEqual(given.byOriginator);
  });

  it('says so when there is no other source', () => {
    const root = mount(h(SourceList, { check: check('single-source') }));
    expect(root.textContent).toMatch(/^None yet\./);
  });
});

describe('official records in the card', () => {
  const record = other({
    url: 'https://t.me/kpszsu/1001',
    outlet: 'Ukrainian Air Force',
    text: '728',
    value: { n: 728, min: 728, max: 728, qualifier: 'exact' },
    attributedTo: 'Ukrainian Air Force',
    origin: 'official',
    agrees: true,
  });

  it('names an official record as the record in the list of sources', () => {
    const root = mount(
      h(SourceList, { check: check('corroborated', [record, other({ agrees: true })]) }),
    );
    const outlets = Array.from(root.querySelectorAll('.outlet')).map((e) => e.textContent);
    expect(outlets).toEqual(['Ukrainian Air Force record', 'Euro Dispatch']);
  });

  it("says first, above the page's own figure, what the record says", () => {
    const { window, document } = parseHTML(
      '<!doctype html><html><body><div id="root"></div></body></html>',
    );
    vi.stubGlobal('window', window);
    try {
      const root = document.getElementById('root')!;
      const card = (c: FigureCheck) =>
        h(SourceCard, {
          mention: mention({ text: '728', value: record.value, metric: 'drones.launched' }),
          check: c,
          anchor: () => ({ top: 0, left: 0, bottom: 10, right: 10 }),
          onClose: () => {},
        });
      render(card(check('corroborated', [record])), root as unknown as Element);
      const first = root.querySelector('.card > p');
      expect(first?.textContent).toBe('Matches the Ukrainian Air Force record (728)');
      expect(first?.nextElementSibling?.textContent).toBe('This page says');

      const conflicting = {
        ...record,
        text: '400',
        value: { n: 400, min: 400, max: 400, qualifier: 'exact' as const },
        agrees: false,
      };
      render(card(check('conflicting', [conflicting])), root as unknown as Element);
      expect(root.querySelector('.card > p')?.textContent).toBe(
        'The Ukrainian Air Force record says 400',
      );

      render(card(check('conflicting', [other()])), root as unknown as Element);
      expect(root.querySelector('.official-record')).toBeNull();
      render(null, root as unknown as Element);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
