import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';
import { SYNC_ALARM } from '../../../lib/background/list-sync';
import { PURGE_ALARM } from '../../../lib/background/maintenance';
import { countClaims, putClaimsForTest } from '../../../lib/db/claims-repo';
import { claimsDatabase } from '../../../lib/db/database';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../lib/settings/settings';
import { addList } from '../../../lib/sync/lists';
import { claim, mention } from '../claims/helpers';

// The worker itself, wired to WXT's in-memory browser: what its listeners do when settings,
// alarms and messages arrive. Only what fakeBrowser leaves out (permission events, the
// `online` event) is stubbed.
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const DAY = 86_400_000;

function settings(change: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...change };
}

/** A browsed claim first read `daysAgo` days ago. */
function readDaysAgo(daysAgo: number) {
  const at = new Date(Date.now() - daysAgo * DAY).toISOString();
  const c = claim(`https://news.example/${daysAgo}`, 'News', mention(), 'browsed');
  return { ...c, createdAt: at, updatedAt: at };
}

beforeEach(async () => {
  fakeBrowser.reset();
  const quiet = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  vi.spyOn(fakeBrowser.permissions, 'onAdded', 'get').mockReturnValue(quiet as never);
  vi.spyOn(fakeBrowser.permissions, 'onRemoved', 'get').mockReturnValue(quiet as never);
  vi.stubGlobal('addEventListener', vi.fn());
  const db = claimsDatabase();
  await db.open();
  await Promise.all(db.tables.map((t) => t.clear()));
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({}) });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Starts the worker as the browser would, and waits for its start-up alarms. */
async function startWorker(): Promise<void> {
  await background.main();
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(PURGE_ALARM)).toBeDefined());
}

describe('the background worker', () => {
  it('purges old browsed claims at once when retention is shortened, not at the next daily run', async () => {
    const db = claimsDatabase();
    await putClaimsForTest(db, [readDaysAgo(2), readDaysAgo(40), readDaysAgo(100)]);
    await startWorker();

    // A longer retention changes nothing.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({ retentionDays: 365 }) });
    expect(await countClaims(db)).toBe(3);

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({ retentionDays: 30 }) });
    await vi.waitFor(async () => expect(await countClaims(db)).toBe(1));
  });

  it('runs the daily purge when its alarm fires', async () => {
    const db = claimsDatabase();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({ retentionDays: 30 }) });
    await putClaimsForTest(db, [readDaysAgo(2), readDaysAgo(40)]);
    await startWorker();
    await fakeBrowser.alarms.onAlarm.trigger({ name: PURGE_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await countClaims(db)).toBe(1));
  });

  it('moves the next team-list sync when the interval changes', async () => {
    const db = claimsDatabase();
    const row = await addList(db, { url: 'https://lists.example/v1/lists/team' });
    const lastSyncAt = Date.now() - 10 * 60_000;
    await db.lists.update(row.id, {
      lastSyncAt: new Date(lastSyncAt).toISOString(),
      nextSyncAt: lastSyncAt + 30 * 60_000,
    });
    await startWorker();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(
        lastSyncAt + 30 * 60_000,
      ),
    );

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings({ syncMinutes: 15 }) });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(
        lastSyncAt + 15 * 60_000,
      ),
    );
    expect((await db.lists.get(row.id))?.nextSyncAt).toBe(lastSyncAt + 15 * 60_000);
  });

  it('answers messages only from itself', async () => {
    await startWorker();
    // fakeBrowser delivers with an empty sender: not this extension, so refused.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'claim-facets' })).toEqual({
      type: 'error',
      error: 'unknown sender',
    });
  });
});
