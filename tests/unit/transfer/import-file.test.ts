import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { claimId, sourceKey } from '../../../lib/claims/claim-id';
import {
  ImportFileError,
  claimsToCsv,
  claimsToJson,
  exportListMeta,
  importClaimsFile,
  pageToCsv,
  type ImportReport,
} from '../../../lib/transfer';
import { csvLine } from '../../../lib/transfer/csv';
import { FakeBackground, NOW, claim, claims, collect, inputOf, streamOf } from './helpers';

const HEADER = csvLine([
  'id',
  'text',
  'quote',
  'metric',
  'value_n',
  'value_min',
  'value_max',
  'value_qualifier',
  'source_url',
]);

function importText(text: string, bg = new FakeBackground(), size = 4096): Promise<ImportReport> {
  return importClaimsFile(inputOf(text, size), { send: bg.send, now: () => NOW });
}

/** As the background stores an imported claim. */
const stored = (c: Claim): Claim => ({ ...c, origin: 'imported' });

/** Text with what breaks naive CSV and spreadsheets: quotes, commas, line breaks, formulas. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\r\n',
        '"',
        '""',
        ',',
        "'",
        'Київ',
        '😀',
        ' ',
        '\u0301',
      ),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const someText = hostile.filter((s) => s.length > 0 && s.length <= 200);

const hostileClaim = fc
  .record({
    text: someText,
    quote: hostile,
    attributedTo: fc.option(someText, { nil: null }),
    place: fc.option(someText, { nil: null }),
    outlet: fc.option(hostile, { nil: null }),
    title: fc.option(hostile, { nil: null }),
    n: fc.nat({ max: 100000 }),
  })
  .map((r) => {
    const c = claim({
      text: r.text,
      quote: r.quote,
      attributedTo: r.attributedTo,
      place: r.place === null ? null : { name: r.place, code: null, level: 'sea' },
      value: { n: r.n, min: r.n, max: null, qualifier: 'at-least' },
    });
    return { ...c, source: { ...c.source, outlet: r.outlet, title: r.title } };
  });

describe('round trips', () => {
  it('imports exactly what was exported, as CSV and as JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileClaim, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 64 }),
        async (given, size) => {
          for (const text of [
            await collect(claimsToCsv(given)),
            await collect(claimsToJson(exportListMeta(NOW), given)),
          ]) {
            const bg = new FakeBackground();
            const report = await importText(text, bg, size);
            expect(report.rejected).toEqual([]);
            expect([...bg.store.values()]).toEqual([
              ...new Map(given.map((c) => [c.id, stored(c)])).values(),
            ]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a page export back as claims, ignoring the verdict columns', async () => {
    const given = claims(3);
    const bg = new FakeBackground();
    const report = await importText(
      await collect(pageToCsv(given.map((c) => ({ claim: c, check: null })))),
      bg,
    );
    expect(report).toMatchObject({ format: 'csv', rows: 3, added: 3, rejectedCount: 0 });
    expect([...bg.store.values()]).toEqual(given.map(stored));
  });

  it('gives the same result whatever size the stream hands the bytes in', async () => {
    const text = await collect(claimsToCsv(claims(40)));
    const results = [];
    for (const size of [1, 3, 17, 1 << 16]) {
      const bg = new FakeBackground();
      results.push({ report: await importText(text, bg, size), store: [...bg.store.values()] });
    }
    for (const r of results) expect(r).toEqual(results[0]);
  });
});

describe('idempotence', () => {
  it('stores nothing new when the same file comes twice', async () => {
    const text = await collect(claimsToCsv(claims(1500)));
    const bg = new FakeBackground();
    const first = await importText(text, bg);
    const before = new Map(bg.store);
    const second = await importText(text, bg);
    expect(first).toMatchObject({ rows: 1500, added: 1500, unchanged: 0 });
    expect(second).toMatchObject({ rows: 1500, added: 0, updated: 0, unchanged: 1500 });
    expect(bg.store).toEqual(before);
  });
});

describe('ids and origin', () => {
  it('derives an absent id from the content and keeps a given one', async () => {
    const text =
      HEADER +
      csvLine([
        '',
        '26',
        'They shot down 26.',
        'drones.downed',
        '26',
        '26',
        '26',
        'exact',
        'https://a.example/x?utm_source=t',
      ]) +
      csvLine([
        'c_0123456789abcdef',
        '27',
        'They shot down 27.',
        'drones.downed',
        '27',
        '27',
        '27',
        'exact',
        'https://a.example/x',
      ]);
    const bg = new FakeBackground();
    expect(await importText(text, bg)).toMatchObject({ added: 2, rejectedCount: 0 });
    const [derived, given] = [...bg.store.values()];
    expect(derived!.id).toBe(claimId(sourceKey('https://a.example/x?utm_source=t'), derived!));
    expect(derived).toMatchObject({ attacker: null, place: null, createdAt: NOW, updatedAt: NOW });
    expect(given!.id).toBe('c_0123456789abcdef');
  });

  it('stores every claim of a claims file as imported: a file cannot speak as an official record', async () => {
    const [plain, other] = claims(2);
    const official = { ...other!, origin: 'official' as const };
    for (const file of [
      await collect(claimsToJson(exportListMeta(NOW), [plain!, official])),
      await collect(claimsToCsv([plain!, official])),
    ]) {
      const bg = new FakeBackground();
      await importText(file, bg);
      expect(bg.batches).toEqual([{ size: 2, origin: 'imported' }]);
      expect([...bg.store.values()].map((c) => c.origin)).toEqual(['imported', 'imported']);
    }
  });
});

describe('bad rows', () => {
  it('names a bad claim of a JSON file by its place in the list: a minified file is all line 1', async () => {
    const [a, b, c, d] = claims(4);
    const json = JSON.stringify({
      format: 'claims-list/1',
      id: 'x',
      name: 'X',
      updatedAt: NOW,
      cursor: null,
      claims: [a, { ...b, metric: 'Drones!' }, c, { ...d, value: { n: 'nine' } }],
      deleted: [],
    });
    const report = await importText(json);
    expect(report).toMatchObject({ rows: 4, added: 2, rejectedCount: 2 });
    expect(report.rejected.map(({ line, element }) => [line, element])).toEqual([
      [1, 2],
      [1, 4],
    ]);
  });

  it('refuses a claim dated in the future, which nothing could correct later', async () => {
    const [a, b] = claims(2);
    const later = new Date(Date.parse(NOW) + 2 * 3_600_000).toISOString();
    const report = await importText(await collect(claimsToCsv([a!, { ...b!, updatedAt: later }])));
    expect(report).toMatchObject({ rows: 2, added: 1, rejectedCount: 1 });
    expect(report.rejected[0]?.message).toBe(`updatedAt: ${later} is in the future`);
  });

  it('reports each bad row with the line it starts on, also after multi-line quotes', async () => {
    const good = (n: number, quote = `Line ${n}.`) =>
      csvLine([
        '',
        String(n),
        quote,
        'drones.downed',
        String(n),
        String(n),
        String(n),
        'exact',
        'https://a.example/',
      ]);
    const text =
      HEADER + // 1
      good(1, 'A quote\nover\nthree lines.') + // 2-4
      csvLine(['', 'x', 'q', 'drones downed', '5', '5', '5', 'exact', 'https://a.example/']) + // 5
      good(2, 'Two\r\nlines.') + // 6-7
      csvLine(['', '9', 'q', 'drones.downed', 'nine', '', '', 'exact', 'https://a.example/']) + // 8
      csvLine(['', '9', 'q', 'drones.downed', '9', '9', '9', 'exact', 'not a url']) + // 9
      good(3) + // 10
      '"unclosed,quote\nto the end'; // 11-12
    const report = await importText(text);
    expect(report.rows).toBe(7);
    expect(report.added).toBe(3);
    expect(report.rejected.map((r) => r.line)).toEqual([5, 8, 9, 11]);
    expect(report.rejected[0]!.message).toMatch(/^metric: /);
    expect(report.rejected[1]!.message).toBe('value_n: "nine" is not a whole number');
    expect(report.rejected[2]!.message).toMatch(/^source\.url: /);
    expect(report.rejected[3]!.message).toMatch(/not closed/);
  });

  it('reports bad JSON elements by line and a file cut short', async () => {
    const [a, b] = claims(2);
    const text = `[\n${JSON.stringify(a)},\n{"text": 5},\n{oops},\n${JSON.stringify(b)},\n{"text":`;
    const bg = new FakeBackground();
    const report = await importText(text, bg);
    expect(report).toMatchObject({ format: 'json', rows: 4, added: 2, rejectedCount: 3 });
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4, 6]);
    expect(report.rejected[1]!.message).toMatch(/^not valid JSON/);
    expect(report.rejected[2]!.message).toBe('the file ends before the JSON is complete');
  });

  it('keeps the first thousand messages and counts them all', async () => {
    const bad = csvLine([
      '',
      '1',
      'q',
      'drones.downed',
      '1',
      '1',
      '1',
      'nearly',
      'https://a.example/',
    ]);
    const report = await importText(HEADER + bad.repeat(1200));
    expect(report.rejected).toHaveLength(1000);
    expect(report.rejectedCount).toBe(1200);
    expect(report.rejected[999]!.line).toBe(1001);
  });
});

describe('encodings', () => {
  const csv = async () => collect(claimsToCsv(claims(3)));

  it('reads UTF-16 with a byte order mark, as spreadsheets save "Unicode text"', async () => {
    const text = await csv();
    for (const [bom, littleEndian] of [
      [[0xff, 0xfe], true],
      [[0xfe, 0xff], false],
    ] as const) {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set(bom);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < text.length; i++)
        view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
      const bg = new FakeBackground();
      const report = await importClaimsFile(
        { stream: streamOf(bytes, 97), size: bytes.length },
        { send: bg.send, now: () => NOW },
      );
      expect(report).toMatchObject({ format: 'csv', rows: 3, added: 3, rejectedCount: 0 });
      expect([...bg.store.values()].map((c) => c.quote)).toEqual(claims(3).map((c) => c.quote));
    }
  });

  it('says so for bytes that are not UTF-8, instead of storing U+FFFD in their place', async () => {
    const good = new TextEncoder().encode(await csv());
    // 0xC3 0x28: a two-byte lead followed by no continuation byte, inside the last quote.
    const at = good.length - 20;
    const bytes = new Uint8Array([...good.subarray(0, at), 0xc3, 0x28, ...good.subarray(at)]);
    const bg = new FakeBackground();
    const run = importClaimsFile(
      { stream: streamOf(bytes, 64), size: bytes.length },
      { send: bg.send, now: () => NOW },
    );
    await expect(run).rejects.toThrow(ImportFileError);
    await expect(run).rejects.toThrow(/^The file is not text in UTF-8: bytes \d+ to \d+ hold/);
    expect([...bg.store.values()].some((c) => c.quote.includes('\uFFFD'))).toBe(false);
  });

  it('says so for UTF-16 without a byte order mark', async () => {
    const text = await csv();
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[2 * i] = text.charCodeAt(i) & 0xff;
    const run = importClaimsFile(
      { stream: streamOf(bytes), size: bytes.length },
      { send: new FakeBackground().send, now: () => NOW },
    );
    await expect(run).rejects.toThrow(/looks like UTF-16 text without a byte order mark/);
  });
});

describe('files that are not claims', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '  \n', /empty/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), /not text/],
    [
      'an article',
      'Russia launched 728 drones overnight.\nMore text.',
      /lacks the columns text, metric/,
    ],
    [
      'a CSV without values',
      'id,text,metric,source_url\nc_1,a,b,c\n',
      /lacks the columns value_n, value_min, value_max, value_qualifier\./,
    ],
    ['JSON without claims', '{"format": "claims-list/1", "items": []}', /no "claims" array/],
    ['another JSON format', '{"format": "other/1", "claims": [{}]}', /format is "other\/1"/],
    ['JSON that is not JSON', '{ hello', /no "claims" array/],
  ];
  it.each(cases)('rejects %s with a clear error and sends nothing', async (_, content, message) => {
    const bg = new FakeBackground();
    const run = () =>
      importClaimsFile({ stream: streamOf(content), size: 0 }, { send: bg.send, now: () => NOW });
    await expect(run()).rejects.toThrow(ImportFileError);
    await expect(run()).rejects.toThrow(message);
    expect(bg.batches).toEqual([]);
  });

  it('refuses a claims file given as the Air Force dataset', async () => {
    const bg = new FakeBackground();
    const run = importClaimsFile(inputOf(await collect(claimsToCsv(claims(2)))), {
      send: bg.send,
      now: () => NOW,
      kind: 'official',
    });
    await expect(run).rejects.toThrow(/not the Air Force dataset/);
    expect(bg.batches).toEqual([]);
  });
});

describe('batches, progress and cancelling', () => {
  it('sends batches of at most 1000, one at a time, and reports progress to the end', async () => {
    const text = await collect(claimsToCsv(claims(2500)));
    const bg = new FakeBackground();
    const progress: [number, number][] = [];
    const input = inputOf(text, 1 << 15);
    const report = await importClaimsFile(input, {
      send: bg.send,
      now: () => NOW,
      onProgress: (read, total) => progress.push([read, total]),
    });
    expect(report).toMatchObject({ rows: 2500, claims: 2500, added: 2500 });
    expect(bg.batches.map((b) => b.size)).toEqual([1000, 1000, 500]);
    expect(bg.maxInFlight).toBe(1);
    expect(progress.at(-1)).toEqual([input.size, input.size]);
    expect(progress.map(([read]) => read)).toEqual(
      [...progress.map(([read]) => read)].sort((a, b) => a - b),
    );
  });

  it('stops when cancelled; what was sent stays sent', async () => {
    const text = await collect(claimsToCsv(claims(3000)));
    const bg = new FakeBackground();
    const controller = new AbortController();
    const send: typeof bg.send = async (batch, origin) => {
      const got = await bg.send(batch, origin);
      controller.abort();
      return got;
    };
    const run = importClaimsFile(inputOf(text), {
      send,
      now: () => NOW,
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(bg.batches).toHaveLength(1);
    expect(bg.store.size).toBe(1000);
  });
});
