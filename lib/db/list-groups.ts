/**
 * A followed list's own copy of its claims, grouped by event: the copy verdicts read, written
 * in one transaction per sync however large the list.
 *
 * IndexedDB pays per record: in Chromium 100,000 one-claim rows take 5–7 s to write with no index
 * and about 50 s with the claims table's 13, while the same claims in a thousand records of a
 * hundred take under half a second. So a list's claims are stored a few dozen to a record,
 * keyed by list and event (metric, date, place code) so a figure's candidates are one index
 * lookup away, and a directory sharded by claim id says which record holds each claim, so a sync
 * of a few changes reads and writes a few records.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { sameEvent } from '../claims/event';
import type { Mention } from '../claims/mention';
import type { ClaimsDatabase } from './database';
import { ABOVE_ALL_TEXT } from './rows';
import { listOrigin } from './list-rows';
import { DirectoryBuilder, shardOf, type DirectoryShard } from './list-directory';

export { DIRECTORY_SHARDS, fnv1a, shardOf, type DirectoryShard } from './list-directory';

/** The most claims one group record holds; an event with more takes several. */
export const GROUP_MAX = 16;

/** Up to {@link GROUP_MAX} claims of one list about one event (metric, date, place code). */
export interface ListGroup {
  listId: string;
  /** The event's prefix ({@link groupPrefix}) and the record's number within the event. */
  key: string;
  metric: string;
  /** `''` for none, so the event index holds every group. */
  date: string;
  /** `''` for none. */
  placeCode: string;
  /** The claims, each with its list's origin. */
  claims: Claim[];
}

const SEP = '\u001f';

/** The part of a group key naming a claim's event; every group of that event starts with it. */
export function groupPrefix(c: Pick<Claim, 'metric' | 'date' | 'place'>): string {
  return `${c.metric}${SEP}${c.date ?? ''}${SEP}${c.place?.code ?? ''}${SEP}`;
}

/** The key of the `n`th group of an event; keys sort in `n`'s order. */
export function groupKey(prefix: string, n: number): string {
  return prefix + n.toString(36).padStart(4, '0');
}

function groupNumber(key: string): number {
  return parseInt(key.slice(key.lastIndexOf(SEP) + 1), 36);
}

/** An empty group of list `listId` keyed `key`, for the event of claim `c`. */
export function newGroup(listId: string, key: string, c: Claim): ListGroup {
  return {
    listId,
    key,
    metric: c.metric,
    date: c.date ?? '',
    placeCode: c.place?.code ?? '',
    claims: [],
  };
}

/** The primary-key range of everything list `listId` has in a table keyed `[listId+…]`. */
function ofList(listId: string): [[string, string], [string, string]] {
  return [
    [listId, ''],
    [listId, ABOVE_ALL_TEXT],
  ];
}

/** Deletes list `listId`'s groups and directory. Call inside a transaction over both tables. */
export async function dropListGroups(db: ClaimsDatabase, listId: string): Promise<void> {
  const [lower, upper] = ofList(listId);
  await db.listGroups.where('[listId+key]').between(lower, upper, true, true).delete();
  await db.listDirectory
    .where('[listId+shard]')
    .between([listId, -Infinity], [listId, Infinity], true, true)
    .delete();
}

/**
 * Builds a list's groups from its claims as they come: each event's claims fill its groups in
 * order, and a group is handed on as soon as it is full, so only the groups still filling are
 * held. The directory of every claim placed is kept until the end (it is written whole), compactly
 * (see {@link DirectoryBuilder}).
 */
export class GroupBuilder {
  /** The directory of the claims placed so far. */
  readonly directory: DirectoryBuilder;
  /** The group each event is filling and how many groups it has. */
  private readonly filling = new Map<string, { group: ListGroup; groups: number }>();
  private readonly origin: string;
  private placed = 0;

  constructor(private readonly listId: string) {
    this.origin = listOrigin(listId);
    this.directory = new DirectoryBuilder(listId);
  }

  /** How many claims have been placed. */
  get count(): number {
    return this.placed;
  }

  /**
   * Places `c` (stored under the list's origin); returns its group when this claim filled it.
   * Give each claim id once.
   */
  add(c: Claim): ListGroup | null {
    const claim = c.origin === this.origin ? c : { ...c, origin: this.origin };
    const prefix = groupPrefix(claim);
    let event = this.filling.get(prefix);
    if (!event)
      this.filling.set(prefix, (event = { group: this.open(prefix, 0, claim), groups: 1 }));
    const { group } = event;
    group.claims.push(claim);
    this.placed++;
    this.directory.add(claim.id, group.key);
    if (group.claims.length < GROUP_MAX) return null;
    event.group = this.open(prefix, event.groups++, claim);
    return group;
  }

  /**
   * The groups still filling, which end their events: call once every claim of those events
   * has been given (each bucket of a staged list holds whole events).
   */
  flush(): ListGroup[] {
    const rest = [...this.filling.values()].map((e) => e.group).filter((g) => g.claims.length);
    this.filling.clear();
    return rest;
  }

  private open(prefix: string, n: number, c: Claim): ListGroup {
    return newGroup(this.listId, groupKey(prefix, n), c);
  }
}

/**
 * Replaces list `listId`'s copy by `claims` (a claim given twice is stored once, the last
 * copy). Call inside a transaction over `listGroups` and `listDirectory`.
 *
 * @returns How many distinct claims the list now holds.
 */
export async function replaceListGroups(
  db: ClaimsDatabase,
  listId: string,
  claims: readonly Claim[],
): Promise<number> {
  const last = new Map<string, number>();
  claims.forEach((c, i) => last.set(c.id, i));
  const builder = new GroupBuilder(listId);
  const groups: ListGroup[] = [];
  claims.forEach((c, i) => {
    const full = last.get(c.id) === i ? builder.add(c) : null;
    if (full) groups.push(full);
  });
  groups.push(...builder.flush());
  await dropListGroups(db, listId);
  await db.listGroups.bulkAdd(groups);
  for (const shards of builder.directory.ranges()) await db.listDirectory.bulkAdd(shards);
  return builder.count;
}

/**
 * Applies a `since` answer to list `listId`'s copy: `given` claims are added or replaced
 * (moving group when their event changed; a claim given twice counts as its last copy),
 * `deleted` ids leave. Reads and writes only the
 * records these claims touch. Call inside a transaction over `listGroups` and `listDirectory`.
 *
 * @returns How many claims the list holds now that it did not, and how many it no longer holds.
 */
export async function updateListGroups(
  db: ClaimsDatabase,
  listId: string,
  given: readonly Claim[],
  deleted: readonly string[],
): Promise<{ added: number; removed: number }> {
  const origin = listOrigin(listId);
  // A claim given twice is applied once, as its last copy, like a full list's.
  const changed = [...new Map(given.map((c) => [c.id, c])).values()];
  const shardIds = [...new Set([...changed.map((c) => c.id), ...deleted].map(shardOf))];
  const shardRows = await db.listDirectory.bulkGet(
    shardIds.map((s): [string, number] => [listId, s]),
  );
  const shards = new Map<number, DirectoryShard>();
  shardIds.forEach((s, i) => shards.set(s, shardRows[i] ?? { listId, shard: s, at: new Map() }));
  const where = (id: string) => shards.get(shardOf(id))!;

  const groups = new Map<string, ListGroup>();
  const oldKeys = new Set<string>();
  for (const id of [...changed.map((c) => c.id), ...deleted]) {
    const key = where(id).at.get(id);
    if (key !== undefined) oldKeys.add(key);
  }
  const loaded = await db.listGroups.bulkGet(
    [...oldKeys].map((k): [string, string] => [listId, k]),
  );
  for (const g of loaded) if (g) groups.set(g.key, g);
  // The last group of each event a claim moves into: it takes claims until it is full.
  const lastOf = new Map<string, string | null>();
  for (const c of changed) {
    const prefix = groupPrefix(c);
    if (lastOf.has(prefix) || where(c.id).at.get(c.id)?.startsWith(prefix)) continue;
    const last = await db.listGroups
      .where('[listId+key]')
      .between([listId, prefix], [listId, prefix + ABOVE_ALL_TEXT], true, true)
      .last();
    if (last && !groups.has(last.key)) groups.set(last.key, last);
    lastOf.set(prefix, last?.key ?? null);
  }

  const touched = new Set<string>();
  const takeOut = (id: string, key: string) => {
    const g = groups.get(key);
    if (g) g.claims = g.claims.filter((c) => c.id !== id);
    touched.add(key);
  };
  let added = 0;
  let removed = 0;
  for (const id of deleted) {
    const key = where(id).at.get(id);
    if (key === undefined) continue;
    takeOut(id, key);
    where(id).at.delete(id);
    removed++;
  }
  for (const raw of changed) {
    const c = raw.origin === origin ? raw : { ...raw, origin };
    const prefix = groupPrefix(c);
    const old = where(c.id).at.get(c.id);
    const oldGroup = old === undefined ? undefined : groups.get(old);
    if (old !== undefined && oldGroup && old.startsWith(prefix)) {
      oldGroup.claims = oldGroup.claims.map((k) => (k.id === c.id ? c : k));
      touched.add(old);
      continue;
    }
    if (old === undefined) added++;
    else takeOut(c.id, old);
    const lastKey = lastOf.get(prefix) ?? null;
    let target = lastKey === null ? undefined : groups.get(lastKey);
    if (!target || target.claims.length >= GROUP_MAX) {
      const key = groupKey(prefix, lastKey === null ? 0 : groupNumber(lastKey) + 1);
      target = newGroup(listId, key, c);
      groups.set(key, target);
      lastOf.set(prefix, key);
    }
    target.claims.push(c);
    touched.add(target.key);
    where(c.id).at.set(c.id, target.key);
  }

  const written = [...touched].flatMap((k) => groups.get(k) ?? []);
  await db.listGroups.bulkDelete(
    written.filter((g) => !g.claims.length).map((g): [string, string] => [listId, g.key]),
  );
  await db.listGroups.bulkPut(written.filter((g) => g.claims.length));
  await db.listDirectory.bulkPut([...shards.values()]);
  return { added, removed };
}

/** Every claim id list `listId` holds. */
export async function listClaimIds(db: ClaimsDatabase, listId: string): Promise<Set<string>> {
  const shards = await db.listDirectory
    .where('[listId+shard]')
    .between([listId, -Infinity], [listId, Infinity], true, true)
    .toArray();
  const ids = new Set<string>();
  for (const s of shards) for (const id of s.at.keys()) ids.add(id);
  return ids;
}

/**
 * The followed lists' claims about the same event as `m` ({@link sameEvent}); a claim two lists
 * hold comes once, the copy updated last.
 */
export async function listCandidates(db: ClaimsDatabase, m: Mention): Promise<Claim[]> {
  const code = m.place?.code;
  if (!m.date || !code) return [];
  return listClaimsAbout(await eventGroups(db, m.metric, m.date, code), m);
}

/** The list groups of one event key (metric, date, place code), every list's. */
export function eventGroups(
  db: ClaimsDatabase,
  metric: string,
  date: string,
  placeCode: string,
): Promise<ListGroup[]> {
  return db.listGroups.where('[metric+date+placeCode]').equals([metric, date, placeCode]).toArray();
}

/**
 * The claims of `groups` (those of `m`'s event key) about the same event as `m`; a claim two
 * lists hold comes once, the copy updated last.
 */
export function listClaimsAbout(groups: readonly ListGroup[], m: Mention): Claim[] {
  const byId = new Map<string, Claim>();
  for (const g of groups)
    for (const c of g.claims) {
      if (!sameEvent(m, c)) continue;
      const other = byId.get(c.id);
      if (!other || c.updatedAt > other.updatedAt) byId.set(c.id, c);
    }
  return [...byId.values()];
}

/** The claims among `ids` that list `listId` holds, as its copy has them. */
export async function heldClaims(
  db: ClaimsDatabase,
  listId: string,
  ids: readonly string[],
): Promise<Claim[]> {
  const shardIds = [...new Set(ids.map(shardOf))];
  const shards = await db.listDirectory.bulkGet(shardIds.map((s): [string, number] => [listId, s]));
  const at = new Map<string, string>();
  for (const s of shards) if (s) for (const id of ids) if (s.at.has(id)) at.set(id, s.at.get(id)!);
  const keys = [...new Set(at.values())];
  const groups = await db.listGroups.bulkGet(keys.map((k): [string, string] => [listId, k]));
  const wanted = new Set(at.keys());
  return groups.flatMap((g) => g?.claims.filter((c) => wanted.has(c.id)) ?? []);
}
