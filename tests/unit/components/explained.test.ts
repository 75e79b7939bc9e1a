// Explained and updated figures on badges and cards (CLAIMS.md section 2.1): their own icon and
// words, never the conflict's; the reason in one line with its source; a toll's timeline.
import { parseHTML } from 'linkedom';
import { h, render, type ComponentChild } from 'preact';
import { describe, expect, it } from 'vitest';
import { Badge } from '../../../components/Badge';
import { ExplainedList, PartsList, TollTimeline } from '../../../components/ExplainedList';
import { SourceList } from '../../../components/SourceList';
import { tollTimeline } from '../../../components/toll-timeline';
import type { Explanation, FigureCheck, Other } from '../../../lib/claims/claim';
import { check, mention, other } from './fixtures';

function mount(vnode: ComponentChild): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root')!;
  render(vnode, root as unknown as Element);
  return root as unknown as Element;
}

function explained(o: Other, over: Partial<Explanation> = {}): Explanation {
  return {
    kind: 'sum',
    value: o.value,
    source: { url: o.url, outlet: o.outlet },
    because: '711 = 296 shot down + 415 lost to jamming (Ukrainian Air Force, AP)',
    other: o,
    ...over,
  };
}

function withExplained(verdict: FigureCheck['verdict'], others: Other[], why: Explanation[]) {
  return { ...check(verdict, others), explained: why };
}

const badge = (c: FigureCheck) =>
  mount(
    h(Badge, { mention: mention(), check: c, expanded: false, onToggle: () => undefined }),
  ).querySelector('button')!;

describe('badges of explained and updated figures', () => {
  const ap = other({
    outlet: 'AP',
    url: 'https://ap.example/a',
    value: { n: 296, min: 296, max: 296, qualifier: 'exact' },
  });

  it('says "= sum" for a total another source gives in parts, in its own colour', () => {
    const b = badge(withExplained('explained', [ap], [explained(ap)]));
    expect(b.textContent).toBe('=sum');
    expect(b.getAttribute('class')).toBe('badge v-explained');
    expect(b.getAttribute('aria-label')).toContain('explained: 711 = 296 shot down');
  });

  it('says "↑ newer count" for a toll a later report supersedes', () => {
    const later = explained(ap, {
      kind: 'update',
      later: true,
      because: 'Later reports say 27 (Kyiv City Administration, 1 Aug)',
    });
    const b = badge(withExplained('updated', [ap], [later]));
    expect(b.textContent).toBe('↑newer count');
    expect(b.getAttribute('class')).toBe('badge v-updated');
    expect(b.getAttribute('aria-label')).toContain('Later reports say 27');
  });
});

describe('the card of an explained figure', () => {
  const ap = other({ outlet: 'AP', url: 'https://ap.example/a' });

  it('gives each reason in one line with its source, links only http(s)', () => {
    const bad = other({ outlet: 'Bad', url: 'javascript:alert(1)' });
    const root = mount(
      h(ExplainedList, {
        check: withExplained('explained', [ap, bad], [explained(ap), explained(bad)]),
      }),
    );
    const items = Array.from(root.querySelectorAll('li'));
    expect(items[0]?.textContent).toBe(
      '= Sum711 = 296 shot down + 415 lost to jamming (Ukrainian Air Force, AP) AP',
    );
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://ap.example/a');
    expect(items[1]?.querySelector('a')).toBeNull();
  });

  it('marks an explained source apart from the conflicts in the list of sources', () => {
    const conflict = other({ outlet: 'C', url: 'https://c.example/c' });
    const root = mount(
      h(SourceList, { check: withExplained('conflicting', [ap, conflict], [explained(ap)]) }),
    );
    const markers = Array.from(root.querySelectorAll('.marker')).map((m) => m.textContent);
    expect(markers.sort()).toEqual(['= Explained', '≠ Conflicts']);
  });

  it('lists what a figure is part of', () => {
    const c: FigureCheck = {
      ...check('single-source'),
      parts: [
        {
          relation: 'region',
          value: { n: 142, min: 142, max: 142, qualifier: 'exact' },
          url: 'https://b.example/b',
          outlet: 'B',
          because: '27 of the 142 over Russia (Russian Defense Ministry, B)',
        },
      ],
    };
    const root = mount(h(PartsList, { check: c }));
    expect(root.querySelector('li')?.textContent).toBe(
      '27 of the 142 over Russia (Russian Defense Ministry, B)',
    );
  });
});

describe('a toll’s timeline', () => {
  const toll = mention({
    metric: 'people.killed',
    text: '14',
    value: { n: 14, min: 14, max: 14, qualifier: 'exact' },
  });
  const at = (n: number, publishedAt: string | null, outlet: string): Other =>
    other({
      outlet,
      url: `https://${outlet.toLowerCase()}.example/`,
      text: String(n),
      value: { n, min: n, max: n, qualifier: 'exact' },
      publishedAt,
    });

  it('lists every report oldest first, this page among them', () => {
    const c = check('mixed', [
      at(27, '2025-08-01T09:00', 'Late'),
      at(6, '2025-07-31T08:15', 'Early'),
      at(12, null, 'Undated'),
    ]);
    const reports = tollTimeline(toll, '2025-07-31T14:05', c);
    expect(reports.map((r) => `${r.value} ${r.source}`)).toEqual([
      '6 Early',
      '14 This page',
      '27 Late',
      '12 Undated',
    ]);
    const root = mount(
      h(TollTimeline, { mention: toll, publishedAt: '2025-07-31T14:05', check: c }),
    );
    expect(root.querySelector('.this-page')?.textContent).toBe('31 Jul 2025, 14:05 14 This page');
  });

  it('is not drawn for weapons or without other reports', () => {
    expect(tollTimeline(mention(), '2025-07-31', check('conflicting', [other()]))).toEqual([]);
    expect(tollTimeline(toll, '2025-07-31', check('single-source'))).toEqual([]);
  });
});
