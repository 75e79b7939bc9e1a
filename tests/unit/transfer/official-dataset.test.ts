import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { ClaimSchema } from '../../../lib/claims/claim';
import { ImportFileError, OFFICIAL_COLUMNS, importClaimsFile } from '../../../lib/transfer';
import { kindOf } from '../../../lib/transfer/official-dataset';
import { FakeBackground, inputOf } from './helpers';

const SAMPLE = readFileSync(
  new URL('../../fixtures/transfer/official-sample.csv', import.meta.url),
  'utf8',
);

async function importSample(now = '2026-01-01T00:00:00Z', size = 4096) {
  const bg = new FakeBackground();
  const report = await importClaimsFile(inputOf(SAMPLE, size), { send: bg.send, now: () => now });
  return { report, claims: [...bg.store.values()], bg };
}

/** The claims of the window ending on `date`, by metric: their numbers. */
function numbers(claims: Claim[], date: string): Record<string, number> {
  return Object.fromEntries(
    claims.filter((c) => c.date === date).map((c) => [c.metric, c.value.n]),
  );
}

describe('the Air Force dataset', () => {
  it('has the columns of missile_attacks_daily.csv, and so does the sample', () => {
    expect(SAMPLE.split('\n', 1)[0]).toBe(OFFICIAL_COLUMNS.join(','));
  });

  it('turns the night of 8-9 July 2025 into official claims per weapon kind', async () => {
    const { report, claims } = await importSample();
    // 34 lines: a header and 31 rows, one of them three lines long.
    expect(report).toMatchObject({ format: 'official-csv', rows: 31 });
    expect(numbers(claims, '2025-07-09')).toEqual({
      'drones.launched': 728,
      'drones.downed': 296,
      'drones.suppressed': 415,
      'missiles.launched': 13,
      'missiles.downed': 9,
      'aerial.launched': 741,
      'aerial.downed': 305,
    });
    const launched = claims.find((c) => c.date === '2025-07-09' && c.metric === 'drones.launched');
    expect(launched).toEqual({
      text: '728',
      quote:
        'Ukrainian Air Force record for 8 Jul 2025 18:00 – 9 Jul 2025 08:30: 728 drones launched (Shahed-136/131).',
      metric: 'drones.launched',
      value: { n: 728, min: 728, max: 728, qualifier: 'exact' },
      attacker: 'RU',
      group: null,
      place: { name: 'Ukraine', code: 'UA', level: 'country' },
      date: '2025-07-09',
      attributedTo: 'Ukrainian Air Force',
      id: expect.stringMatching(/^c_[0-9a-f]{32}$/),
      source: {
        url: 'https://t.me/kpszsu/1001',
        outlet: 'Ukrainian Air Force',
        title: 'Air Force record, 9 Jul 2025',
        publishedAt: '2025-07-09T08:30:00+03:00',
      },
      origin: 'official',
      createdAt: '2025-07-09T08:30:00+03:00',
      updatedAt: '2025-07-09T08:30:00+03:00',
    });
    for (const c of claims) expect(ClaimSchema.parse(c)).toEqual(c);
  });

  it('reports the junk row by its line, after a multi-line cell, and still counts its window', async () => {
    const { report, claims } = await importSample();
    expect(report.rejected).toEqual([
      { line: 15, message: 'launched: "many" is not a whole number' },
    ]);
    expect(numbers(claims, '2025-06-03')).toMatchObject({
      'drones.launched': 60,
      'drones.downed': 55,
    });
    // The window with the three-line details cell is read whole.
    expect(numbers(claims, '2025-06-02')).toMatchObject({
      'drones.launched': 90,
      'missiles.launched': 4,
    });
  });

  it('dates a window by the Kyiv day it ends on, also when UTC is still the day before', async () => {
    const { claims } = await importSample();
    const late = claims.filter((c) => c.source.publishedAt === '2025-07-10T00:30:00+03:00');
    expect(late.map((c) => c.date)).toEqual(Array(late.length).fill('2025-07-10'));
    expect(late[0]!.quote).toContain('9 Jul 2025 18:00 – 10 Jul 2025 00:30');
    // Float counts (2.0) are whole numbers.
    expect(numbers(claims, '2025-07-10')['missiles.launched']).toBe(2);
  });

  it('uses the Kyiv offset of the day: summer time after the March change, winter time in December', async () => {
    const { claims } = await importSample();
    const at = (date: string) => claims.find((c) => c.date === date)!.source.publishedAt;
    expect(at('2024-03-31')).toBe('2024-03-31T09:00:00+03:00');
    expect(at('2024-12-25')).toBe('2024-12-25T10:00:00+02:00');
    expect(at('2022-10-10')).toBe('2022-10-10T00:00:00+03:00');
    expect(claims.find((c) => c.date === '2022-10-10')!.quote).toMatch(
      /^Ukrainian Air Force record for 10 Oct 2022: /,
    );
  });

  it('emits a count only when a row gave a number for it, and aerial totals only for both kinds', async () => {
    const { claims } = await importSample();
    // Launch counts were empty: only what was downed is known.
    expect(numbers(claims, '2024-08-11')).toEqual({ 'drones.downed': 5 });
    // Missiles only: no aerial totals.
    expect(numbers(claims, '2024-09-01')).toEqual({ 'missiles.launched': 5, 'missiles.downed': 1 });
    // Drones named by model alone: Harpy, Italmas, ZALA.
    expect(numbers(claims, '2024-05-06')).toEqual({ 'drones.launched': 4, 'drones.downed': 3 });
  });

  it('groups rows by window even when windows are interleaved', async () => {
    const { claims } = await importSample();
    expect(numbers(claims, '2023-12-29')).toMatchObject({
      'missiles.launched': 13,
      'drones.launched': 36,
    });
    expect(numbers(claims, '2023-12-30')).toEqual({ 'missiles.launched': 6, 'missiles.downed': 2 });
  });

  it('links a window without a source to the dataset page, naming the window', async () => {
    const { claims } = await importSample();
    const c = claims.find((x) => x.date === '2024-12-25')!;
    expect(c.source.url).toBe(
      'https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine#window=2024-12-24T18:00--2024-12-25T10:00',
    );
    expect(new Set(claims.map((x) => x.id)).size).toBe(claims.length);
  });

  it('gives the same claims whenever and however it is imported, and nothing new the second time', async () => {
    const first = await importSample('2026-01-01T00:00:00Z', 4096);
    const again = await importSample('2027-06-01T12:00:00Z', 5);
    expect(again.claims).toEqual(first.claims);
    const second = await importClaimsFile(inputOf(SAMPLE), {
      send: first.bg.send,
      now: () => '2028-01-01T00:00:00Z',
    });
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: first.claims.length });
    expect(first.bg.batches.every((b) => b.origin === 'official')).toBe(true);
  });

  it('replaces the record of a window when a newer copy of the dataset corrects its numbers', async () => {
    const first = await importSample('2026-01-01T00:00:00Z', 4096);
    const corrected = SAMPLE.replace(',728.0,296.0,', ',730.0,296.0,');
    expect(corrected).not.toBe(SAMPLE);
    const report = await importClaimsFile(inputOf(corrected), {
      send: first.bg.send,
      now: () => '2028-01-01T00:00:00Z',
    });
    expect(report.added).toBe(0);
    expect(report.updated).toBeGreaterThan(0);
    const launched = [...first.bg.store.values()].filter(
      (c) => c.date === '2025-07-09' && c.metric === 'drones.launched',
    );
    expect(launched.map((c) => c.value.n)).toEqual([730]);
  });

  it('is not read as a claims file when the user says it is one', async () => {
    const bg = new FakeBackground();
    const run = importClaimsFile(inputOf(SAMPLE), { send: bg.send, now: () => '', kind: 'claims' });
    await expect(run).rejects.toThrow(ImportFileError);
    expect(bg.batches).toEqual([]);
  });

  it('tells drones from missiles by the Shahed flag or the model name', () => {
    expect(kindOf('Shahed-136/131', '1.0')).toBe('drones');
    expect(kindOf('Unknown model', '1')).toBe('drones');
    for (const drone of [
      'Geran-2',
      'Gerbera',
      'Lancet',
      'Orlan-10',
      'ZALA',
      'Supercam',
      'Reconnaissance UAV',
      'drone',
    ]) {
      expect(kindOf(drone, null)).toBe('drones');
    }
    for (const missile of [
      'X-101/X-555',
      'Kalibr',
      'Iskander-M',
      'KN-23',
      'Kh-22',
      'X-59/X-69',
      'Kinzhal',
      'S-300',
    ]) {
      expect(kindOf(missile, '0.0')).toBe('missiles');
    }
  });
});
