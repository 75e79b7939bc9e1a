/**
 * The background's runner of team-list syncs: one alarm wakes the worker when the next list or
 * share is due; runs never overlap, whether the alarm, the options page or the popup asked.
 *
 * @module
 */
import type { ClaimsDatabase } from '../db/database';
import type { SyncOutcome } from '../messages/list-protocol';
import type { Fetch } from '../sync/http';
import { dueLists } from '../sync/lists';
import {
  copyFailureText,
  listsMirroring,
  mirrorStep,
  noteCopyFailure,
  releaseUnfollowedStep,
  type MirrorStep,
} from '../sync/mirror';
import { unfollowedHolder } from '../sync/membership';
import { syncList, type SyncResult } from '../sync/pull';
import { flushOutbox, type FlushResult } from '../sync/push';
import { earliestDue, firstSyncAt, nextSyncAfterSuccess } from '../sync/schedule';

/** The one alarm that wakes the worker for the next sync or share. */
export const SYNC_ALARM = 'sync-team-lists';

/**
 * While a list is being copied into the claims table, the alarm is kept this far ahead, so a
 * worker stopped midway is woken to go on.
 */
export const MIRROR_RESUME_MS = 60_000;

/** The part of `browser.alarms` the runner uses. */
export interface SyncAlarms {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<boolean>;
}

/** What the runner needs; the background passes the real things, tests fakes. */
export interface ListSyncDeps {
  db: () => ClaimsDatabase;
  fetch: Fetch;
  alarms: SyncAlarms;
  /** The user's interval between syncs, read on every run. */
  intervalMinutes: () => Promise<number>;
  now?: () => number;
  random?: () => number;
  /** How long one request may take. */
  timeoutMs?: number;
  /**
   * Called between batches of a long copy into the claims table: an extension API call keeps
   * the worker from being stopped as idle.
   */
  keepAlive?: () => Promise<unknown>;
  /** Claims per batch of that copy. */
  mirrorBatch?: number;
  /** Where failures of work nobody waits for go. */
  onError?: (e: unknown) => void;
}

/** The runner the background and the message handlers share. */
export interface ListSync {
  /** Syncs the lists that are due and sends the shares that are due, then sets the alarm. */
  runDue(): Promise<SyncOutcome[]>;
  /**
   * Syncs the given lists (every list when none is given) now, and sends every waiting share,
   * ignoring back-off: the user asked.
   */
  syncNow(ids?: readonly string[]): Promise<SyncOutcome[]>;
  /** Sends every waiting share that is due, then sets the alarm. */
  flush(timeoutMs?: number): Promise<FlushResult>;
  /**
   * At browser start-up: lists that fell due while the browser was closed are synced a minute or
   * two from now rather than at once, so the browser starts unhindered.
   */
  delayForStartUp(): Promise<void>;
  /** The user changed the interval: each list's next sync moves to its last sync plus the new one. */
  intervalChanged(): Promise<void>;
  /** Sets (or clears) the alarm for the earliest due list or share. */
  schedule(): Promise<void>;
  /**
   * Brings the claims table in line with the lists, a batch at a time: releases what removed
   * lists held, then copies what syncs brought. Other work of the runner goes between batches.
   * Started after every sync and removal; resolves when nothing is left to do.
   */
  mirror(): Promise<void>;
}

function outcome(listId: string, result: SyncResult): SyncOutcome {
  return {
    listId,
    status: result.status,
    error: result.status === 'failed' ? result.error : null,
  };
}

/** Creates the runner. Every operation waits for the one before it, so two syncs never overlap. */
export function createListSync(deps: ListSyncDeps): ListSync {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const schedule = async () => {
    const db = deps.db();
    const [lists, share] = await Promise.all([
      db.lists.toArray(),
      db.outbox.orderBy('nextAttemptAt').first(),
    ]);
    const times = lists.map((l) => l.nextSyncAt);
    if (share) times.push(share.nextAttemptAt);
    if (lists.some((l) => l.mirror) || (await unfollowedHolder(db)) !== null)
      times.push(now() + MIRROR_RESUME_MS);
    const when = earliestDue(times);
    if (when === null) await deps.alarms.clear(SYNC_ALARM);
    else await deps.alarms.create(SYNC_ALARM, { when: Math.max(when, now() + 1000) });
  };

  const sync = async (ids: readonly string[] | null) => {
    const db = deps.db();
    const intervalMinutes = await deps.intervalMinutes();
    const lists =
      ids === null
        ? await dueLists(db, now())
        : (await db.lists.bulkGet([...ids])).filter((l) => l !== undefined);
    const options = { fetch: deps.fetch, now, random, intervalMinutes, timeoutMs: deps.timeoutMs };
    const results: SyncOutcome[] = [];
    for (const list of lists) results.push(outcome(list.id, await syncList(db, list, options)));
    return results;
  };

  const flush = (timeoutMs = deps.timeoutMs, all = false) =>
    flushOutbox(deps.db(), { fetch: deps.fetch, now, random, timeoutMs, all });

  let mirroring: Promise<void> | null = null;
  const copyAll = async () => {
    // What removed lists left in the claims table goes first: the user asked for it.
    while ((await exclusive(() => releaseUnfollowedStep(deps.db(), deps.mirrorBatch))) === 'more')
      await deps.keepAlive?.();
    for (
      let ids = await listsMirroring(deps.db());
      ids.length;
      ids = await listsMirroring(deps.db())
    )
      for (const id of ids) {
        let step: MirrorStep = 'more';
        while (step === 'more') {
          // Each batch queues behind what was asked meanwhile: a sync now or a share waits one batch.
          try {
            step = await exclusive(() => mirrorStep(deps.db(), id, deps.mirrorBatch));
          } catch (e) {
            // Said on the list, so its progress does not just stop; the alarm tries again.
            await noteCopyFailure(deps.db(), id, copyFailureText(e)).catch(() => undefined);
            throw e;
          }
          await deps.keepAlive?.();
        }
      }
    await exclusive(schedule);
  };
  /** Never rejects: a failed batch is reported, and the alarm tries again a minute later. */
  const mirror = () => {
    mirroring ??= copyAll()
      .catch((e: unknown) => deps.onError?.(e))
      .finally(() => {
        mirroring = null;
      });
    return mirroring;
  };
  /** Starts that work after a run, without making the run wait for it. */
  const thenMirror = <T>(results: T): T => {
    void mirror();
    return results;
  };

  return {
    runDue: () =>
      exclusive(async () => {
        try {
          // Shares first, so the sync that follows brings them back with the list.
          await flush();
          return await sync(null);
        } finally {
          await schedule();
        }
      }).then(thenMirror),
    syncNow: (ids) =>
      exclusive(async () => {
        try {
          const all = ids ?? (await deps.db().lists.toCollection().primaryKeys());
          await flush(deps.timeoutMs, true);
          return await sync(all);
        } finally {
          await schedule();
        }
      }).then(thenMirror),
    flush: (timeoutMs) =>
      exclusive(async () => {
        try {
          return await flush(timeoutMs);
        } finally {
          await schedule();
        }
      }),
    delayForStartUp: () =>
      exclusive(async () => {
        const db = deps.db();
        const first = firstSyncAt(now(), random());
        await db.lists.filter((l) => l.nextSyncAt < first).modify({ nextSyncAt: first });
        await schedule();
      }),
    intervalChanged: () =>
      exclusive(async () => {
        const db = deps.db();
        const minutes = await deps.intervalMinutes();
        // A list in back-off keeps its wait: a shorter interval must not hammer a failing server.
        await db.lists
          .filter((l) => l.failures === 0 && l.lastSyncAt !== null)
          .modify((l) => {
            l.nextSyncAt = nextSyncAfterSuccess(Date.parse(l.lastSyncAt ?? ''), minutes);
          });
        await schedule();
      }),
    schedule: () => exclusive(schedule),
    mirror,
  };
}
