import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, Origin } from '../../../lib/claims/claim';
import { putClaimsForTest } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import { purgeExpired } from '../../../lib/db/retention';
import { claim, mention, value } from '../claims/helpers';

let db: ClaimsDatabase;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`retention-test-${++counter}`);
  await db.open();
});
afterEach(() => db.close());

const NOW = '2025-07-20T12:00:00.000Z';
let n = 0;
function aged(updatedAt: string, origin: Origin = 'browsed'): Claim {
  n++;
  const c = claim(
    `https://r.example/${n}`,
    'R',
    mention({ text: String(n), value: value('exact', n, n) }),
    origin,
  );
  return { ...c, updatedAt };
}

describe('purgeExpired', () => {
  it('deletes browsed claims not updated within the retention period, and only those', async () => {
    const expired = [
      aged('2025-04-20T11:59:59.999Z'),
      aged('2025-01-01T00:00:00Z'),
      // 11:00 UTC on 20 April, written with an offset: its text sorts after the cutoff.
      aged('2025-04-20T23:00:00+12:00'),
    ];
    const kept = [
      aged('2025-04-20T12:00:00Z'),
      aged('2025-07-01T00:00:00Z'),
      // 13:00 UTC on 20 April, though its text sorts before the cutoff.
      aged('2025-04-20T01:00:00-12:00'),
      aged('2024-01-01T00:00:00Z', 'imported'),
      aged('2024-01-01T00:00:00Z', 'official'),
      aged('2024-01-01T00:00:00Z', 'list:team'),
    ];
    await putClaimsForTest(db, [...expired, ...kept]);
    expect(await purgeExpired(db, { now: NOW, retentionDays: 91 })).toBe(3);
    expect((await db.claims.toArray()).map((r) => r.id).sort()).toEqual(
      kept.map((c) => c.id).sort(),
    );
    expect(await purgeExpired(db, { now: NOW, retentionDays: 91 })).toBe(0);
  });

  it('purges many claims, a batch at a time', async () => {
    const old = Array.from({ length: 1234 }, () => aged('2025-01-01T00:00:00Z'));
    const fresh = aged('2025-07-19T00:00:00Z');
    await putClaimsForTest(db, [...old, fresh]);
    expect(await purgeExpired(db, { now: NOW, retentionDays: 30 })).toBe(old.length);
    expect((await db.claims.toArray()).map((r) => r.id)).toEqual([fresh.id]);
    // fake-indexeddb is slow with 1,235 rows: seconds on a loaded machine.
  }, 30_000);

  it('refuses a time that is not one', async () => {
    await expect(purgeExpired(db, { now: 'yesterday', retentionDays: 30 })).rejects.toThrow(
      /date-time/,
    );
  });
});
