import { describe, expect, it } from 'vitest';
import { markLabel } from '../../../components/claims/chart-labels';
import { CLAIM_TABLE_COLUMNS, claimSummary } from '../../../components/claims/columns';
import { DEFAULT_SORT } from '../../../lib/claims/claim-query';
import { claimsApi } from '../../../lib/claims-browser/claims-api';
import { RequestSchema } from '../../../lib/messages/requests';
import { claim } from './fixtures';

describe('chart and table words', () => {
  it('names a mark by night, value, who said it and where it came from', () => {
    const official = claim({
      date: '2025-07-09',
      value: { n: 728, min: 728, max: 728, qualifier: 'exact' },
      attributedTo: 'Ukrainian Air Force',
      origin: 'official',
      source: { url: 'https://af.example/', outlet: 'Air Force', title: null, publishedAt: null },
    });
    expect(markLabel(official)).toBe('9 Jul 2025: 728, Ukrainian Air Force (official record)');
    const relayed = claim({
      value: { n: 26, min: 26, max: null, qualifier: 'at-least' },
      source: { url: 'https://www.wire.example/a', outlet: 'Wire', title: null, publishedAt: null },
    });
    expect(markLabel(relayed)).toBe('20 Jul 2025: at least 26, Russian Defense Ministry via Wire');
    const bare = claim({
      attributedTo: null,
      date: null,
      origin: 'list:team',
      source: { url: 'https://www.wire.example/a', outlet: null, title: null, publishedAt: null },
    });
    expect(markLabel(bare)).toBe('no date: 132, wire.example (team list)');
  });

  it('fills every table cell with words, marking what is unknown', () => {
    const row = claim({
      attacker: null,
      place: null,
      attributedTo: null,
      group: 'children',
      metric: 'people.injured',
    });
    expect(Object.fromEntries(CLAIM_TABLE_COLUMNS.map((c) => [c.id, c.cell(row)]))).toEqual({
      date: '20 Jul 2025',
      metric: 'children injured',
      value: '132',
      verdict: '—',
      place: '—',
      attacker: 'unknown',
      outlet: 'Example News',
      originator: '—',
      origin: 'browsed',
      createdAt: '20 Jul 2025',
    });
    expect(claimSummary(row)).toBe('132 children injured, 20 Jul 2025');
  });

  it('says a listed claim’s verdict with its icon, in its colours', () => {
    const verdictColumn = CLAIM_TABLE_COLUMNS.find((c) => c.id === 'verdict')!;
    const row = { ...claim({}), verdict: 'conflicting' as const };
    expect(verdictColumn.cell(row)).toBe('≠ Conflicting');
    expect(verdictColumn.tone?.(row)).toBe('v-conflicting');
    expect(verdictColumn.cell({ ...row, verdict: 'single-source' })).toBe('Single source');
  });
});

describe('claimsApi', () => {
  it('sends requests the background accepts and reads its answers', async () => {
    const sent: unknown[] = [];
    const api = claimsApi(async (message) => {
      sent.push(message);
      return { type: 'claims-page', rows: [claim()], more: true };
    });
    const page = await api.queryPage(
      { filter: { attacker: 'UA' }, sort: { ...DEFAULT_SORT } },
      200,
      100,
    );
    expect(page.more).toBe(true);
    expect(page.rows).toHaveLength(1);
    expect(RequestSchema.parse(sent[0])).toEqual({
      type: 'query-claims',
      filter: { attacker: 'UA' },
      sort: DEFAULT_SORT,
      offset: 200,
      limit: 100,
    });
  });

  it('asks for verdicts by claim id and reads them back by id', async () => {
    const id = claim().id;
    const api = claimsApi(async (message) => {
      expect(RequestSchema.parse(message)).toEqual({ type: 'claim-verdicts', ids: [id] });
      return { type: 'claim-verdicts-result', verdicts: { [id]: 'conflicting' } };
    });
    expect(await api.verdicts([id])).toEqual(new Map([[id, 'conflicting']]));
  });

  it('shows the background’s refusal as an error, and nonsense as nonsense', async () => {
    const refusing = claimsApi(async () => ({ type: 'error', error: 'unknown claim c_00' }));
    await expect(refusing.update('c_0000000000000001', { attacker: 'RU' })).rejects.toThrow(
      'unknown claim c_00',
    );
    const confused = claimsApi(async () => ({ type: 'claims-count', count: -1, total: 3 }));
    await expect(confused.count({})).rejects.toThrow('did not make sense');
  });

  it('deletes more ids than one request may carry in several requests', async () => {
    const sizes: number[] = [];
    const api = claimsApi(async (message) => {
      const request = RequestSchema.parse(message);
      if (request.type !== 'delete-claims') throw new Error('unexpected');
      sizes.push(request.ids.length);
      return { type: 'claims-deleted', deleted: request.ids.length };
    });
    const ids = Array.from({ length: 12_345 }, (_, i) => `c_${i.toString(16).padStart(16, '0')}`);
    expect(await api.remove(ids)).toBe(12_345);
    expect(sizes).toEqual([10_000, 2_345]);
  });
});
