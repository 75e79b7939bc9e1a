import { describe, expect, it } from 'vitest';
import {
  countVerdicts,
  eventTitle,
  groupFigures,
  otherSourceWords,
  rangeEntries,
} from '../../../components/popup/figure-groups';
import { check, figure, mention, other } from './fixtures';

const moscow = { name: 'Moscow', code: 'RU-MOW', level: 'city' } as const;

describe('groupFigures', () => {
  it('puts the events with conflicts first, then mixed, corroborated, single source, unchecked', () => {
    const figures = [
      figure('1', { metric: 'people.killed' }, check('single-source')),
      figure('2', { metric: 'drones.launched' }, check('corroborated', [other({ agrees: true })])),
      figure('3', { metric: 'people.injured' }, null),
      figure('4', { metric: 'drones.downed' }, check('mixed', [other(), other({ agrees: true })])),
      figure('5', { metric: 'missiles.downed' }, check('conflicting', [other()])),
    ];
    expect(groupFigures(figures).map((g) => [g.figures.map((f) => f.figureId), g.verdict])).toEqual(
      [
        [['5'], 'conflicting'],
        [['4'], 'mixed'],
        [['2'], 'corroborated'],
        [['1'], 'single-source'],
        [['3'], null],
      ],
    );
  });

  it('keeps the figures of one event together, in page order, ranked by the worst of them', () => {
    const figures = [
      figure('1', { place: moscow }, check('single-source')),
      figure('2', { metric: 'people.killed' }, check('corroborated', [other({ agrees: true })])),
      figure('3', { place: moscow, text: 'at least 26' }, check('conflicting', [other()])),
      // No date: about no event another figure can share, so a group of its own.
      figure('4', { date: null }, check('single-source')),
      figure('5', { date: null }, check('single-source')),
    ];
    const groups = groupFigures(figures);
    expect(groups.map((g) => g.figures.map((f) => f.figureId))).toEqual([
      ['1', '3'],
      ['2'],
      ['4'],
      ['5'],
    ]);
    expect(groups[0]!.verdict).toBe('conflicting');
  });
});

describe('countVerdicts', () => {
  it('counts each verdict and the figures not checked yet', () => {
    const counts = countVerdicts([
      figure('1', {}, check('conflicting', [other()])),
      figure('2', {}, check('conflicting', [other()])),
      figure('3', {}, check('single-source')),
      figure('4', {}, null),
    ]);
    expect(counts).toEqual({
      conflicting: 2,
      mixed: 0,
      corroborated: 0,
      'single-source': 1,
      explained: 0,
      updated: 0,
      unchecked: 1,
    });
  });
});

describe('rangeEntries', () => {
  it("lists this page's value, then agreeing and conflicting sources by outlet or host", () => {
    const f = figure(
      '1',
      {},
      check('mixed', [
        other({ outlet: null, url: 'https://www.tass.example/a', agrees: true }),
        other({ outlet: 'ABN News' }),
      ]),
    );
    expect(rangeEntries(f).map((e) => [e.source, e.value.n, e.kind])).toEqual([
      ['this page', 132, 'own'],
      ['tass.example', 142, 'agree'],
      ['ABN News', 142, 'conflict'],
    ]);
  });
});

describe('eventTitle', () => {
  it('says what, where and when in plain words', () => {
    expect(eventTitle(mention({ metric: 'people.killed', group: 'children' }))).toBe(
      'Children killed · Russia · 20 Jul 2025',
    );
    expect(eventTitle(mention({ place: null, date: null }))).toBe(
      'Drones shot down · place not stated · date not stated',
    );
  });
});

describe('otherSourceWords', () => {
  it('names every other source with its value, conflicts first, so a row says who differs', () => {
    const f = figure(
      '1',
      {},
      check('mixed', [
        other({
          agrees: true,
          outlet: 'ABN News',
          value: { n: 130, min: 130, max: null, qualifier: 'at-least' },
        }),
        other({
          outlet: 'Euro Dispatch',
          value: { n: 142, min: 142, max: 142, qualifier: 'exact' },
        }),
      ]),
    );
    expect(otherSourceWords(f)).toEqual(['≠ 142 Euro Dispatch', '✓ at least 130 ABN News']);
    expect(otherSourceWords(figure('2', {}, check('single-source')))).toEqual([]);
  });
});
