import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PURGE_ALARM,
  purgeOldClaims,
  scheduleMaintenance,
  startUp,
  type MaintenanceDeps,
} from '../../../lib/background/maintenance';
import { countClaims, putClaimsForTest } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import {
  SETTINGS_KEY,
  SETTINGS_NOTICE_KEY,
  type SettingsStorage,
} from '../../../lib/settings/settings';
import { claim, mention } from '../claims/helpers';
import { fakeSiteControl } from './fake-site-control';

let db: ClaimsDatabase;
let counter = 0;
beforeEach(async () => {
  db = new ClaimsDatabase(`maintenance-test-${++counter}`);
  await db.open();
});
afterEach(() => db.close());

const NOW = '2025-07-20T12:00:00.000Z';

/** A browsed claim last seen `daysAgo` days before NOW. */
function seen(daysAgo: number, origin: 'browsed' | 'imported' = 'browsed') {
  const at = new Date(Date.parse(NOW) - daysAgo * 86_400_000).toISOString();
  const c = claim(`https://a.example/${daysAgo}-${origin}`, 'A', mention(), origin);
  return { ...c, createdAt: at, updatedAt: at };
}

function deps(initial: Record<string, unknown> = {}) {
  const fake = fakeSiteControl(initial);
  const d: MaintenanceDeps = {
    db: () => db,
    storage: fake.control.storage,
    sites: fake.control,
    now: () => NOW,
  };
  return { deps: d, fake };
}

describe('maintenance', () => {
  it('creates the daily purge alarm once and keeps an existing one', async () => {
    const made: string[] = [];
    const alarms = {
      get: async (name: string) => (made.includes(name) ? { name } : undefined),
      create: (name: string) => void made.push(name),
    };
    await scheduleMaintenance(alarms);
    await scheduleMaintenance(alarms);
    expect(made).toEqual([PURGE_ALARM]);
  });

  it('removes browsed claims older than the retention setting, and only those', async () => {
    await putClaimsForTest(db, [seen(10), seen(200), seen(400), seen(400, 'imported')]);
    const { deps: d } = deps({ [SETTINGS_KEY]: { retentionDays: 180 } });
    expect(await purgeOldClaims(d)).toBe(2);
    const left = await db.claims.toArray();
    expect(left.map((c) => c.sourceUrl).sort()).toEqual([
      'https://a.example/10-browsed',
      'https://a.example/400-imported',
    ]);
  });

  it('keeps 180 days by default', async () => {
    await putClaimsForTest(db, [seen(179), seen(181)]);
    expect(await purgeOldClaims(deps().deps)).toBe(1);
    expect(await countClaims(db)).toBe(1);
  });

  it('at start-up repairs corrupt settings with a notice, and still purges when a step fails', async () => {
    await putClaimsForTest(db, [seen(400)]);
    const { deps: d, fake } = deps({
      [SETTINGS_KEY]: { retentionDays: 'forever', badgeMode: 'all' },
    });
    const failing: MaintenanceDeps = {
      ...d,
      sites: {
        ...fake.control,
        scripting: {
          ...fake.control.scripting,
          getRegisteredContentScripts: () => Promise.reject(new Error('scripting unavailable')),
        },
      },
    };
    const errors = await startUp(failing);
    expect(errors.map((e) => e.message)).toEqual(['scripting unavailable']);
    const storage: SettingsStorage = d.storage;
    expect((await storage.get(SETTINGS_NOTICE_KEY))[SETTINGS_NOTICE_KEY]).toEqual([
      'retentionDays',
    ]);
    expect(await countClaims(db)).toBe(0);
  });
});
