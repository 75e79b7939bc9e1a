import { describe, expect, it } from 'vitest';
import type { FigureCheck } from '../../../lib/claims/claim';
import { formatReport, totalsLine } from '../../demo/report';
import { check, mention, other } from '../components/fixtures';

const LEDGER = other({
  url: 'https://www.kyiv-ledger.example/news/drones',
  outlet: 'Kyiv Ledger',
  text: '296',
  value: { n: 296, min: 296, max: 296, qualifier: 'exact' },
  attributedTo: 'Ukrainian Air Force',
  agrees: false,
});

/** 711 intercepted, which the other page gives as its parts. */
const sum: FigureCheck = {
  ...check('explained', [LEDGER]),
  explained: [
    {
      kind: 'sum',
      value: LEDGER.value,
      source: { url: LEDGER.url, outlet: LEDGER.outlet },
      because: '711 = 296 shot down + 415 lost to jamming (Ukrainian Air Force, Kyiv Ledger)',
      other: LEDGER,
    },
  ],
};

/** The morning's toll, six, when the evening's says 14. */
const toll: FigureCheck = {
  ...check('updated'),
  explained: [
    {
      kind: 'update',
      later: true,
      value: { n: 14, min: 14, max: 14, qualifier: 'exact' },
      source: { url: 'https://www.danube-wire.example/world/toll', outlet: 'Danube Wire' },
      because: 'Later reports say 14 (Kyiv City Administration, Danube Wire, 9 Jul)',
      other: other({ outlet: 'Danube Wire' }),
    },
  ],
};

describe('the demo report', () => {
  const figures = [
    { figureId: '1', mention: mention({ text: '711' }), check: sum },
    { figureId: '2', mention: mention({ text: 'six', metric: 'people.killed' }), check: toll },
  ];

  it('counts explained and updated figures apart from conflicts', () => {
    expect(totalsLine(figures)).toBe(
      '2 figures: 0 corroborated, 0 conflicting, 0 mixed, 0 single-source, 1 explained, 1 updated (100% meet another source)',
    );
  });

  it('says what the news explains about each figure, with its source, once', () => {
    const page = {
      name: '13-kyiv-ledger',
      headline: 'Drones',
      canonical: 'https://www.kyiv-ledger.example/news/drones',
      published: '2025-07-09',
      screenshot: 'pages/13-kyiv-ledger.png',
      figures,
    };
    const lines = formatReport([page], []).split('\n');
    expect(lines).toContain(
      '      explained: 711 = 296 shot down + 415 lost to jamming (Ukrainian Air Force, Kyiv Ledger)',
    );
    expect(lines).toContain(
      '      updated: Later reports say 14 (Kyiv City Administration, Danube Wire, 9 Jul)',
    );
    expect(lines.filter((l) => l.includes('Later reports say 14'))).toHaveLength(1);

    // A second explanation of the same figure gets a line of its own.
    const earlier = {
      ...toll.explained[0]!,
      later: false,
      because: 'Earlier reports said 4 (Kyiv City Administration, Kyiv Ledger, 9 Jul)',
    };
    const both = { ...toll, explained: [...toll.explained, earlier] };
    const withBoth = formatReport([{ ...page, figures: [{ ...figures[1]!, check: both }] }], []);
    expect(withBoth).toContain(
      '        earlier:   Earlier reports said 4 (Kyiv City Administration, Kyiv Ledger, 9 Jul)',
    );
  });
});
