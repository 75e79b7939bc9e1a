/**
 * The claims database (IndexedDB through Dexie), opened in the background worker.
 *
 * @module
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { Claim } from '../claims/claim';
import { EventRowsCache, eventKeyName } from './event-cache';
import type { DirectoryShard, ListGroup } from './list-groups';
import type { StagedDirectoryRow, StagedRow } from './list-staging';
import type { ListRow, ListClaim, OutboxEntry } from './list-rows';
import { indexFieldsOf, placeCodeOf, type StoredClaim } from './rows';

export { placeCodeOf, type StoredClaim };

/** The database's name in IndexedDB. */
export const DATABASE_NAME = 'figure-check';

/**
 * A claim as version 1 stored it: the Claim plus its source's canonical URL, flattened out of
 * `source` so it can be indexed.
 */
export type StoredClaimV1 = Claim & { sourceUrl: string };

/**
 * A claim as version 2 stored it: version 1's row plus `placeCode`, `place?.code ?? ''`
 * flattened for the event index (IndexedDB cannot index a nested value that may be `null`).
 */
export type StoredClaimV2 = StoredClaimV1 & { placeCode: string };

/** The record of a browsed claim the user deleted, so re-reading its page does not revive it. */
export interface DeletedClaim {
  id: string;
  /** When it was deleted (ISO date-time). */
  deletedAt: string;
}

/**
 * The claims table's indexes in version 3: one per filter and sort column of the claims browser
 * (on the non-null keys of {@link StoredClaim}), the event index, and `[originKind+updatedAt]`
 * for retention and the origin filter.
 */
const CLAIMS_V3 = [
  '&id',
  '[metric+date+placeCode]',
  '[originKind+updatedAt]',
  'sourceUrl',
  'origin',
  'metric',
  'dateKey',
  'valueKey',
  'placeKey',
  'placeCode',
  'attackerKey',
  'outletKey',
  'originatorKey',
  'createdKey',
].join(', ');

/**
 * The claims database. Every version stays declared, so a profile written by any earlier
 * release upgrades step by step instead of being wiped.
 */
export class ClaimsDatabase extends Dexie {
  /**
   * Claims by id; found by event through `[metric+date+placeCode]`, by page through `sourceUrl`,
   * and listed by the claims browser through the other indexes.
   */
  claims!: Table<StoredClaim, string>;
  /** Browsed claims the user deleted, by id. */
  deletedClaims!: Table<DeletedClaim, string>;
  /** Team lists the user follows, by list id (version 4). */
  lists!: Table<ListRow, string>;
  /**
   * Which list holds which claim (version 4): a claim goes when the last list holding it does,
   * unless its row's origin (browsed, imported, official) holds it too.
   */
  listClaims!: Table<ListClaim, [string, string]>;
  /** Shares waiting to be sent to a list's server, oldest first (version 4). */
  outbox!: Table<OutboxEntry, number>;
  /**
   * Each list's own copy of its claims, a few hundred to a record by event (version 5): what
   * verdicts read, written in one transaction per sync.
   */
  listGroups!: Table<ListGroup, [string, string]>;
  /** Which group holds each claim of a list, sharded by claim id (version 5). */
  listDirectory!: Table<DirectoryShard, [string, number]>;
  /**
   * A large download's claims while it is still arriving, by list and bucket of events
   * (version 6): nothing reads them before the download is complete and checked.
   */
  listStaging!: Table<StagedRow | StagedDirectoryRow, [string, number, number]>;
  /**
   * How many writes to the claims table this connection has made. Answers derived from the
   * whole table (the order of every key, the total count) are kept while it stays the same; all
   * writes go through the background's one connection, so none is missed.
   */
  claimWrites = 0;
  /**
   * The claims-table rows of recently read event keys (`[metric+date+placeCode]`), in step with
   * every write this connection commits: what a page's check reads again for the next page.
   */
  readonly eventRows = new EventRowsCache<StoredClaim>({
    eventKeyOf: (row) =>
      row.date === null ? null : eventKeyName(row.metric, row.date, row.placeCode),
    idOf: (row) => row.id,
    idOfKey: (key) => String(key),
    compare: (a, b) => compareText(a.id, b.id),
  });
  /** The list groups of recently read event keys, kept the same way. */
  readonly eventGroups = new EventRowsCache<ListGroup>({
    eventKeyOf: (g) => eventKeyName(g.metric, g.date, g.placeCode),
    idOf: (g) => JSON.stringify([g.listId, g.key]),
    idOfKey: (key) => JSON.stringify(key),
    compare: (a, b) => compareText(a.listId, b.listId) || compareText(a.key, b.key),
  });

  /** The cache of recently read event keys that follows writes of table `name`, if any. */
  eventCacheOf(name: string): EventRowsCache<StoredClaim> | EventRowsCache<ListGroup> | null {
    return name === 'claims' ? this.eventRows : name === 'listGroups' ? this.eventGroups : null;
  }

  /**
   * @param name - The IndexedDB name; tests give each database its own.
   * @param options - Dexie options, e.g. another `indexedDB` implementation.
   */
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      claims: '&id, [metric+date], sourceUrl, origin, updatedAt',
    });
    // `[metric+date]` is dropped: it is a prefix of the new index, which answers the same queries.
    this.version(2)
      .stores({
        claims: '&id, [metric+date+placeCode], sourceUrl, origin, updatedAt',
      })
      .upgrade((tx) =>
        tx
          .table<StoredClaimV1 & { placeCode?: string }, string>('claims')
          .toCollection()
          .modify((row) => {
            row.placeCode = placeCodeOf(row);
          }),
      );
    this.use({
      stack: 'dbcore',
      name: 'follow-claim-writes',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          const cache = this.eventCacheOf(tableName);
          if (!cache) return table;
          return {
            ...table,
            mutate: (request) => {
              const claims = tableName === 'claims';
              if (claims) this.claimWrites++;
              cache.writing(request);
              return table
                .mutate(request)
                .then(
                  (response) => {
                    if (response.numFailures > 0) cache.failed(request);
                    return response;
                  },
                  (e: unknown) => {
                    cache.failed(request);
                    throw e;
                  },
                )
                .finally(() => {
                  if (claims) this.claimWrites++;
                });
            },
          };
        },
      }),
    });
    // `updatedAt` alone is dropped: retention asks by origin and age, `[originKind+updatedAt]`.
    this.version(3)
      .stores({ claims: CLAIMS_V3, deletedClaims: '&id, deletedAt' })
      .upgrade((tx) =>
        tx
          .table<StoredClaimV2 & Partial<StoredClaim>, string>('claims')
          .toCollection()
          .modify((row) => {
            Object.assign(row, indexFieldsOf(row));
          }),
      );
    // Team sync: new tables only, so no row of an earlier version changes.
    this.version(4).stores({
      lists: '&id',
      listClaims: '[listId+claimId], claimId',
      outbox: '++seq, nextAttemptAt',
    });
    // Lists get their own grouped copy. Version 4 kept list claims only in the claims table, so
    // every list forgets its cursor and ETag and is fetched whole by its next sync.
    this.version(5)
      .stores({
        listGroups: '[listId+key], [metric+date+placeCode]',
        listDirectory: '[listId+shard]',
      })
      .upgrade((tx) =>
        tx
          .table<ListRow, string>('lists')
          .toCollection()
          .modify((row) => {
            row.cursor = null;
            row.etag = null;
            row.mirror = null;
          }),
      );
    // A new table only, so no row of an earlier version changes.
    this.version(6).stores({ listStaging: '[listId+bucket+seq]' });
  }
}

/** Code-unit order, IndexedDB's order of text keys. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let shared: ClaimsDatabase | undefined;

/**
 * The worker's database handle, opened lazily. The worker may be stopped at any moment, so the
 * handle holds no state of its own; when Dexie has closed it (another connection upgraded the
 * schema, or opening failed) a fresh one replaces it.
 */
export function claimsDatabase(): ClaimsDatabase {
  if (!shared || shared.hasBeenClosed() || shared.hasFailed()) shared = new ClaimsDatabase();
  return shared;
}
