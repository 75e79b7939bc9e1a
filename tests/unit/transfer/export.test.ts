import { describe, expect, it } from 'vitest';
import type { FigureCheck, Other } from '../../../lib/claims/claim';
import { claimFromMention } from '../../../lib/claims/claim-id';
import {
  CLAIM_COLUMNS,
  ClaimsListSchema,
  PAGE_COLUMNS,
  claimsToCsv,
  claimsToJson,
  exportFileName,
  exportListMeta,
  pageClaims,
  pageToCsv,
  pageToJson,
} from '../../../lib/transfer';
import { CsvParser } from '../../../lib/transfer/csv-parser';
import { NOW, claim, claims, collect, mention } from './helpers';

function other(url: string, agrees: boolean): Other {
  return {
    url,
    outlet: 'Wire',
    text: '26',
    value: { n: 26, min: 26, max: 26, qualifier: 'exact' },
    attributedTo: null,
    date: '2025-07-20',
    origin: 'browsed',
    agrees,
  };
}

const mixed: FigureCheck = {
  verdict: 'mixed',
  agree: [
    other('https://a.example/1', true),
    other('https://a.example/1', true),
    other('https://b.example/2', true),
  ],
  disagree: [other('https://c.example/3', false)],
  explained: [],
  parts: [],
  byOriginator: [],
};

function records(csv: string) {
  const parser = new CsvParser();
  return [...parser.push(csv), ...parser.end()].map((r) => r.fields);
}

describe('CSV export', () => {
  it('writes a header of the documented columns and one row per claim', async () => {
    const given = claims(3);
    const rows = records(await collect(claimsToCsv(given)));
    expect(rows[0]).toEqual(CLAIM_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(4);
    const row = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]));
    expect(row).toMatchObject({
      id: given[0]!.id,
      quote: given[0]!.quote,
      value_n: '0',
      value_qualifier: 'exact',
      group: null,
      place_code: 'RU-MOS',
      source_url: 'https://news.example/story/0',
      origin: 'browsed',
      edited_at: null,
    });
  });

  it('adds the verdict and the agreeing and conflicting sources for a page', async () => {
    const items = [
      { claim: claim(), check: mixed },
      {
        claim: claim({ text: '30', value: { n: 30, min: 30, max: 30, qualifier: 'exact' } }),
        check: null,
      },
    ];
    const rows = records(await collect(pageToCsv(items)));
    const names = rows[0]!;
    expect(names.slice(-PAGE_COLUMNS.length)).toEqual(PAGE_COLUMNS.map((c) => c.name));
    const page = (row: number) =>
      Object.fromEntries(PAGE_COLUMNS.map((c) => [c.name, rows[row]![names.indexOf(c.name)]]));
    // Sources, not claims: one URL stating the figure twice counts once.
    expect(page(1)).toEqual({
      verdict: 'mixed',
      agree_count: '2',
      disagree_count: '1',
      agree_sources: 'https://a.example/1 https://b.example/2',
      disagree_sources: 'https://c.example/3',
    });
    expect(Object.values(page(2))).toEqual([null, null, null, null, null]);
  });

  it('reads claims page by page and hands out the file in many small chunks', async () => {
    async function* pages() {
      for (let page = 0; page < 3; page++) yield* claims(1200).slice(page * 400, page * 400 + 400);
    }
    const chunks: string[] = [];
    for await (const chunk of claimsToCsv(pages())) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    expect(records(chunks.join(''))).toHaveLength(1201);
  });
});

describe('JSON export', () => {
  it('writes a claims-list/1 document that validates', async () => {
    const given = claims(3);
    const text = await collect(claimsToJson(exportListMeta(NOW), given));
    const list = ClaimsListSchema.parse(JSON.parse(text));
    expect(list).toEqual({
      format: 'claims-list/1',
      id: 'export-20250720092011',
      name: 'Figure Check claims',
      updatedAt: NOW,
      cursor: null,
      claims: given,
      deleted: [],
    });
  });

  it('writes an empty list as valid JSON', async () => {
    const text = await collect(claimsToJson(exportListMeta(NOW, 'Empty'), []));
    expect(ClaimsListSchema.parse(JSON.parse(text)).claims).toEqual([]);
  });

  it('gives each claim of a page its verdict and other sources', async () => {
    const text = await collect(pageToJson(exportListMeta(NOW), [{ claim: claim(), check: mixed }]));
    const doc = JSON.parse(text);
    expect(ClaimsListSchema.safeParse(doc).success).toBe(true);
    expect(doc.claims[0]).toMatchObject({
      id: claim().id,
      verdict: 'mixed',
      agree: mixed.agree,
      disagree: mixed.disagree,
    });
  });
});

describe('export helpers', () => {
  it('names files by what, format and day', () => {
    const at = new Date('2025-07-20T22:30:00Z');
    expect(exportFileName('claims', 'csv', at, 'UTC')).toBe('figure-check-claims-2025-07-20.csv');
    // Already the 21st in Kyiv.
    expect(exportFileName('page', 'json', at, 'Europe/Kyiv')).toBe(
      'figure-check-page-2025-07-21.json',
    );
  });

  it("makes a page's figures the claims the background stores them as", () => {
    const source = {
      url: 'https://news.example/story',
      outlet: 'Example News',
      title: null,
      publishedAt: null,
    };
    const [item] = pageClaims(source, [{ mention: mention(), check: null }], NOW);
    expect(item!.claim.id).toBe(claimFromMention(mention(), source, 'browsed', NOW).id);
    expect(item!.check).toBeNull();
  });
});
