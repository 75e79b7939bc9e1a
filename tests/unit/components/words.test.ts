import { describe, expect, it } from 'vitest';
import { CORE_METRICS } from '../../../lib/claims/mention';
import { dateWords, originWords } from '../../../components/format';
import { METRIC_WORDS, metricShortWords, metricWords } from '../../../components/metric-words';
import { hostOf, httpHref } from '../../../components/safe-url';
import {
  badgeLabel,
  badgeText,
  officialRecordLine,
  sourceCount,
  verdictSentence,
} from '../../../components/verdict-words';
import type { Explanation, FigureCheck, Other } from '../../../lib/claims/claim';
import { check, mention, other } from './fixtures';

describe('metric words', () => {
  it('has plain words for every CLAIMS.md metric', () => {
    expect(CORE_METRICS.filter((m) => !METRIC_WORDS[m])).toEqual([]);
  });

  it('names people by group and shows unknown metrics as written', () => {
    expect(metricWords('drones.downed')).toBe('drones shot down');
    expect(metricWords('people.killed', 'civilians')).toBe('civilians killed');
    expect(metricWords('people.injured', null)).toBe('people injured');
    expect(metricWords('flights.diverted')).toBe('flights.diverted');
    expect(metricShortWords('aerial.launched')).toBe('drones and missiles launched');
    // "one drone", "one civilian": a count of exactly one reads in the singular.
    expect(metricWords('drones.downed', null, true)).toBe('drone shot down');
    expect(metricWords('people.killed', 'civilians', true)).toBe('civilian killed');
    expect(metricWords('people.killed', 'children', true)).toBe('child killed');
    expect(metricWords('aerial.hit', null, true)).toBe('drone or missile that hit its target');
    expect(metricShortWords('people.injured', 'children')).toBe('children injured');
  });
});

describe('verdict words', () => {
  const conflicting = check('conflicting', [other()]);

  it('names the badge as the issue asks', () => {
    expect(badgeLabel(mention(), conflicting)).toBe(
      'Figure 132 drones downed: conflicting with 1 source; open sources',
    );
  });

  it('says each verdict with an icon-free word or count', () => {
    const agreeing = [
      other({ agrees: true, url: 'https://a.example/' }),
      other({ agrees: true, url: 'https://b.example/' }),
    ];
    expect(badgeText(check('corroborated', agreeing))).toBe('2');
    expect(badgeText(conflicting)).toBe('1');
    expect(badgeText(check('mixed', [...agreeing, other()]))).toBe('3');
    expect(badgeText(check('single-source'))).toBe('1 source');
    expect(verdictSentence(check('mixed', [...agreeing, other()]))).toBe(
      '2 sources agree with this figure; 1 source conflicts.',
    );
  });

  it('says whether an explained figure is the sum, a part of one, or the latest toll', () => {
    const explanation = (over: Partial<Explanation>): Explanation => ({
      kind: 'sum',
      value: { n: 711, min: 711, max: 711, qualifier: 'exact' },
      source: { url: 'https://afp.example/b', outlet: 'AFP' },
      because: '711 (AFP) = 296 shot down + 415 lost to jamming, as reported here',
      other: other(),
      ...over,
    });
    const explained = (...e: Explanation[]): FigureCheck => ({
      ...check('explained'),
      explained: e,
    });
    expect(badgeText(explained(explanation({})))).toBe('sum');
    expect(badgeText(explained(explanation({ part: true })))).toBe('part');
    expect(badgeText(explained(explanation({ kind: 'update', later: false })))).toBe('latest');
    expect(badgeText(explained(explanation({}), explanation({ kind: 'update' })))).toBe(
      'explained',
    );
  });

  it('says "one person killed" and "1 source agrees", never "one people" or "1 source agree"', () => {
    const one = {
      ...mention(),
      text: 'one',
      metric: 'people.killed',
      value: { n: 1, min: 1, max: 1, qualifier: 'exact' as const },
    };
    const mixed = check('mixed', [other({ agrees: true, url: 'https://a.example/' }), other()]);
    expect(badgeLabel(one, mixed)).toBe(
      'Figure one person killed: mixed: 1 source agrees, 1 source conflicts; open sources',
    );
  });

  it('counts sources, not claims: one page stating a figure twice is one source', () => {
    expect(sourceCount([other(), other({ text: '142' })])).toBe(1);
  });
});

describe('safe links and dates', () => {
  it('links only http(s) addresses', () => {
    expect(httpHref('https://a.example/x')).toBe('https://a.example/x');
    expect(httpHref('http://a.example')).toBe('http://a.example/');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'a b',
      '',
    ]) {
      expect(httpHref(bad), bad).toBeNull();
    }
    expect(hostOf('https://www.news.example/a')).toBe('news.example');
  });

  it('writes dates and origins in words', () => {
    expect(dateWords('2025-07-20')).toBe('20 Jul 2025');
    expect(dateWords(null)).toBeNull();
    expect(dateWords('last week')).toBe('last week');
    expect(originWords('official')).toBe('official record');
    expect(originWords('list:team-1')).toBe('team list');
    expect(originWords('browsed')).toBeNull();
  });
});

describe('official record words', () => {
  const record = (over: Partial<Other> = {}) =>
    other({
      text: '728',
      value: { n: 728, min: 728, max: 728, qualifier: 'exact' },
      attributedTo: 'Ukrainian Air Force',
      origin: 'official',
      ...over,
    });

  it("says the figure matches the record, with the record's number", () => {
    expect(
      officialRecordLine(
        check('corroborated', [other({ agrees: true }), record({ agrees: true })]),
      ),
    ).toBe('Matches the Ukrainian Air Force record (728)');
  });

  it('says what the record says when it conflicts, as an interval when it is one', () => {
    expect(officialRecordLine(check('conflicting', [record()]))).toBe(
      'The Ukrainian Air Force record says 728',
    );
    expect(
      officialRecordLine(
        check('conflicting', [
          record({ value: { n: 700, min: 700, max: null, qualifier: 'at-least' } }),
        ]),
      ),
    ).toBe('The Ukrainian Air Force record says at least 700');
    expect(officialRecordLine(check('conflicting', [record({ attributedTo: null })]))).toBe(
      'The official record says 728',
    );
  });

  it('prefers a record that agrees when two records cover the day', () => {
    const line = officialRecordLine(
      check('mixed', [
        record({ url: 'https://t.me/kpszsu/1' }),
        record({ agrees: true, text: '729' }),
      ]),
    );
    expect(line).toBe('Matches the Ukrainian Air Force record (728)');
  });

  it('says nothing when no other source is an official record', () => {
    expect(
      officialRecordLine(check('mixed', [other(), other({ agrees: true, origin: 'list:team' })])),
    ).toBeNull();
    expect(officialRecordLine(check('single-source'))).toBeNull();
  });
});
