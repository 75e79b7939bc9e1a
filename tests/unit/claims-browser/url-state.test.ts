import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT } from '../../../lib/claims/claim-query';
import {
  isEmptyFilter,
  parseViewState,
  serializeViewState,
  viewKey,
  withFilter,
  type ViewState,
} from '../../../lib/claims-browser/url-state';

describe('view state in the URL', () => {
  it('round-trips every filter and the sort', () => {
    const state: ViewState = {
      filter: {
        metric: 'drones.downed',
        from: '2025-07-01',
        to: '2025-07-31',
        placeCode: 'RU-MOS',
        attacker: 'UA',
        outlet: 'Reuters',
        originator: 'Russian Defense Ministry',
        origin: 'official',
        sourceUrl: 'https://news.example/a?b=c&d=e',
        text: 'shot down & over',
        verdict: 'conflicting',
      },
      sort: { column: 'value', direction: 'asc' },
    };
    const query = serializeViewState(state);
    expect(query.startsWith('?metric=drones.downed&from=2025-07-01')).toBe(true);
    expect(parseViewState(query)).toEqual(state);
  });

  it('writes nothing for the default view, and reads an empty query as it', () => {
    expect(serializeViewState({ filter: {}, sort: { ...DEFAULT_SORT } })).toBe('');
    expect(parseViewState('')).toEqual({ filter: {}, sort: DEFAULT_SORT });
  });

  it('keeps "no place" and "unknown attacker" distinct from "any"', () => {
    const state: ViewState = {
      filter: { placeCode: '', attacker: 'unknown' },
      sort: { ...DEFAULT_SORT },
    };
    const query = serializeViewState(state);
    expect(query).toBe('?place=none&attacker=unknown');
    expect(parseViewState(query).filter).toEqual({ placeCode: '', attacker: 'unknown' });
    expect(parseViewState('?place=&outlet=%20%20').filter).toEqual({});
  });

  it('drops each hostile or invalid part and keeps the rest', () => {
    const long = 'x'.repeat(201);
    const state = parseViewState(
      '?metric=DROP%20TABLE&from=2025-02-30&to=2025-07-31&place=' +
        'x'.repeat(17) +
        `&attacker=US&outlet=${long}&originator=Kyiv%20City%20Administration` +
        '&origin=list:abc&q=<script>&source=a%00b&sort=__proto__&dir=up&constructor=1',
    );
    expect(state.filter).toEqual({
      to: '2025-07-31',
      originator: 'Kyiv City Administration',
      text: '<script>',
    });
    expect(state.sort).toEqual(DEFAULT_SORT);
  });

  it('reads a verdict the schema knows and drops any other', () => {
    expect(parseViewState('?verdict=mixed').filter).toEqual({ verdict: 'mixed' });
    expect(parseViewState('?verdict=banana').filter).toEqual({});
  });

  it('uses the first of repeated parameters and a column’s own direction when none is given', () => {
    expect(parseViewState('?attacker=RU&attacker=UA').filter).toEqual({ attacker: 'RU' });
    expect(parseViewState('?sort=outlet').sort).toEqual({ column: 'outlet', direction: 'asc' });
    expect(parseViewState('?sort=createdAt&dir=sideways').sort).toEqual({
      column: 'createdAt',
      direction: 'desc',
    });
  });
});

describe('filter helpers', () => {
  it('sets and clears one filter, treating blank text as cleared', () => {
    const one = withFilter({}, 'outlet', 'Reuters');
    expect(one).toEqual({ outlet: 'Reuters' });
    expect(withFilter(one, 'outlet', '   ')).toEqual({});
    expect(withFilter(one, 'placeCode', '')).toEqual({ outlet: 'Reuters', placeCode: '' });
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ placeCode: '' })).toBe(false);
  });

  it('gives equal keys to equal views whatever the field order', () => {
    const sort = { ...DEFAULT_SORT };
    expect(viewKey({ metric: 'drones.hit', outlet: 'A' }, sort)).toBe(
      viewKey({ outlet: 'A', metric: 'drones.hit' }, sort),
    );
    expect(viewKey({ outlet: 'A' }, sort)).not.toBe(viewKey({ outlet: 'B' }, sort));
    expect(viewKey({}, sort)).not.toBe(viewKey({}, { column: 'date', direction: 'asc' }));
  });
});
