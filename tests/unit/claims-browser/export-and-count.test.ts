import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { DEFAULT_SORT } from '../../../lib/claims/claim-query';
import { claimPages } from '../../../lib/claims-browser/claim-pages';
import { countLine } from '../../../lib/claims-browser/count-line';
import type { ViewState } from '../../../lib/claims-browser/url-state';
import { claim } from './fixtures';

const view: ViewState = { filter: { metric: 'drones.downed' }, sort: { ...DEFAULT_SORT } };
const stored: Claim[] = Array.from({ length: 7 }, () => claim());

async function collect(pages: AsyncIterable<readonly Claim[]>): Promise<Claim[][]> {
  const out: Claim[][] = [];
  for await (const page of pages) out.push([...page]);
  return out;
}

describe('claimPages', () => {
  it('pages through a view until the background says there is no more', async () => {
    const asked: [number, number][] = [];
    const pages = await collect(
      claimPages(
        async (v, offset, limit) => {
          expect(v).toEqual(view);
          asked.push([offset, limit]);
          return { rows: stored.slice(offset, offset + limit), more: offset + limit < 7 };
        },
        view,
        undefined,
        3,
      ),
    );
    expect(asked).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
    ]);
    expect(pages.flat().map((c) => c.id)).toEqual(stored.map((c) => c.id));
  });

  it('stops on an empty page that claims more, and when cancelled', async () => {
    let asks = 0;
    const endless = claimPages(async () => (asks++, { rows: [], more: true }), view);
    expect(await collect(endless)).toEqual([]);
    expect(asks).toBe(1);

    const controller = new AbortController();
    const cancelled = claimPages(
      async () => {
        controller.abort();
        return { rows: stored, more: true };
      },
      view,
      controller.signal,
    );
    await expect(collect(cancelled)).rejects.toThrow();
  });
});

describe('countLine', () => {
  it('says how many claims match, of how many', () => {
    expect(countLine(12345, 100000, true)).toBe('12,345 claims (of 100,000)');
    expect(countLine(100000, 100000, false)).toBe('100,000 claims');
    expect(countLine(1, 5, false)).toBe('1 claim');
    expect(countLine(null, null, true)).toBe('Counting claims…');
  });
});
