import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { sameEvent } from '../../../lib/claims/event';
import type { ClaimsDatabase } from '../../../lib/db/database';
import {
  dropListGroups,
  GROUP_MAX,
  heldClaims,
  listCandidates,
  listClaimIds,
  replaceListGroups,
  updateListGroups,
} from '../../../lib/db/list-groups';
import { mention } from '../claims/helpers';
import { freshDb, listClaim } from '../sync/helpers';
// The bench's seeded generator: a failure replays the same way.
import { mulberry32 } from '../../bench/live-blog';

let db: ClaimsDatabase;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const DAY = '2025-07-20';

/** Claim `n` (as {@link listClaim}) about the event of `date` and place `code`. */
function at(n: number, date: string | null = DAY, code = 'RU', over: Partial<Claim> = {}): Claim {
  return listClaim(n, { date, place: { name: code, code, level: 'country' }, ...over });
}

/** The figure a page shows for that event. */
const figure = (date = DAY, code = 'RU') =>
  mention({ date, place: { name: code, code, level: 'country' } });

/** As the sync writes: inside a transaction over both tables. */
const replace = (listId: string, claims: readonly Claim[]) =>
  db.transaction('rw', db.listGroups, db.listDirectory, () =>
    replaceListGroups(db, listId, claims),
  );
const update = (listId: string, changed: readonly Claim[], deleted: readonly string[] = []) =>
  db.transaction('rw', db.listGroups, db.listDirectory, () =>
    updateListGroups(db, listId, changed, deleted),
  );

const byId = (a: Claim, b: Claim) => a.id.localeCompare(b.id);
/** The claims as list `listId`'s copy holds them, sorted by id. */
const asListed = (listId: string, claims: readonly Claim[]) =>
  claims.map((c) => ({ ...c, origin: `list:${listId}` })).sort(byId);
const found = async (date = DAY, code = 'RU') =>
  (await listCandidates(db, figure(date, code))).sort(byId);
const sortedIds = async (listId: string) => [...(await listClaimIds(db, listId))].sort();

describe('replaceListGroups', () => {
  it("gives a figure's candidates exactly the list's claims on its event", async () => {
    const mine = [at(1), at(2), at(3, DAY, 'RU', { attacker: null })];
    const others = [
      at(4, '2025-07-19'),
      at(5, DAY, 'UA'),
      at(6, DAY, 'RU', { metric: 'missiles.downed' }),
      at(7, DAY, 'RU', { group: 'civilians' }),
      at(8, DAY, 'RU', { attacker: 'RU' }),
      at(9, null),
      at(10, DAY, 'RU', { place: null }),
    ];
    expect(await replace('a', [...others, ...mine])).toBe(10);
    expect(await found()).toEqual(asListed('a', mine));
    expect(await found('2025-07-19')).toEqual(asListed('a', [others[0]!]));
    expect(await found(DAY, 'UA')).toEqual(asListed('a', [others[1]!]));
    expect(await sortedIds('a')).toHaveLength(10);
  });

  it('spreads an event of more than GROUP_MAX claims over several records, all found', async () => {
    const many = Array.from({ length: GROUP_MAX * 2 + 3 }, (_, i) => at(i + 1));
    await replace('a', many);
    expect(await db.listGroups.count()).toBe(3);
    expect(await found()).toEqual(asListed('a', many));
  });

  it('stores a claim given twice once, as its last copy', async () => {
    const later = at(1, DAY, 'RU', { attributedTo: 'Later' });
    expect(await replace('a', [at(1), at(2), later])).toBe(2);
    expect(await found()).toEqual(asListed('a', [later, at(2)]));
  });

  it('drops what a previous copy had', async () => {
    await replace('a', [at(1), at(2), at(3, '2025-07-19')]);
    await replace('a', [at(2), at(4, DAY, 'UA')]);
    expect(await found()).toEqual(asListed('a', [at(2)]));
    expect(await found('2025-07-19')).toEqual([]);
    expect(await found(DAY, 'UA')).toEqual(asListed('a', [at(4, DAY, 'UA')]));
    expect(await sortedIds('a')).toEqual([at(2).id, at(4).id].sort());
  });
});

describe('updateListGroups', () => {
  it('updates a claim in place', async () => {
    await replace('a', [at(1), at(2)]);
    const fixed = at(1, DAY, 'RU', {
      attributedTo: 'Air Force',
      updatedAt: '2025-07-22T00:00:00Z',
    });
    expect(await update('a', [fixed])).toEqual({ added: 0, removed: 0 });
    expect(await found()).toEqual(asListed('a', [fixed, at(2)]));
  });

  it('moves a claim whose date or place changed to its new event', async () => {
    await replace('a', [at(1), at(2), at(3)]);
    expect(await update('a', [at(1, '2025-07-19'), at(2, DAY, 'UA')])).toEqual({
      added: 0,
      removed: 0,
    });
    expect(await found()).toEqual(asListed('a', [at(3)]));
    expect(await found('2025-07-19')).toEqual(asListed('a', [at(1, '2025-07-19')]));
    expect(await found(DAY, 'UA')).toEqual(asListed('a', [at(2, DAY, 'UA')]));
    expect(await sortedIds('a')).toEqual([at(1).id, at(2).id, at(3).id].sort());
  });

  it('deletes, passing over ids the list does not hold', async () => {
    await replace('a', [at(1), at(2)]);
    expect(await update('a', [], [at(1).id, at(9).id])).toEqual({ added: 0, removed: 1 });
    expect(await found()).toEqual(asListed('a', [at(2)]));
    expect(await sortedIds('a')).toEqual([at(2).id]);
  });

  it('opens a new record when an event is full, and every claim is found', async () => {
    const full = Array.from({ length: GROUP_MAX }, (_, i) => at(i + 1));
    await replace('a', full);
    const more = [at(100), at(101)];
    expect(await update('a', more)).toEqual({ added: 2, removed: 0 });
    expect(await db.listGroups.count()).toBe(2);
    expect(await found()).toEqual(asListed('a', [...full, ...more]));
  });

  it('counts a claim given twice in one update once', async () => {
    await replace('a', [at(1)]);
    const twice = [at(2), at(2, DAY, 'RU', { attributedTo: 'Second copy' })];
    expect(await update('a', twice)).toEqual({ added: 1, removed: 0 });
    expect(await found()).toEqual(asListed('a', [at(1), twice[1]!]));
    expect(await sortedIds('a')).toEqual([at(1).id, at(2).id].sort());
  });

  it('keeps the rest of an event when a claim given twice leaves it and comes back', async () => {
    await replace('a', [at(1), at(2), at(3)]);
    // Hostile or careless input: the last copy of claim 1 puts it back on its first event.
    expect(await update('a', [at(1, '2025-07-19'), at(1)])).toEqual({ added: 0, removed: 0 });
    expect(await found()).toEqual(asListed('a', [at(1), at(2), at(3)]));
    expect(await found('2025-07-19')).toEqual([]);
  });

  it('keeps {added, removed} in step with what the list holds through a sequence', async () => {
    let count = await replace('a', [at(1), at(2), at(3)]);
    const steps: [Claim[], string[]][] = [
      [[at(4), at(1, '2025-07-19')], [at(2).id]],
      [[at(2), at(5, DAY, 'UA')], [at(9).id]],
      [[], [at(1).id, at(4).id]],
      [Array.from({ length: GROUP_MAX + 2 }, (_, i) => at(20 + i)), []],
      [
        [at(21, '2025-07-18'), at(3)],
        [at(20).id, at(5).id],
      ],
    ];
    for (const [changed, deleted] of steps) {
      const { added, removed } = await update('a', changed, deleted);
      count += added - removed;
      expect((await listClaimIds(db, 'a')).size).toBe(count);
    }
    const left = [2, 3, ...Array.from({ length: GROUP_MAX + 1 }, (_, i) => 21 + i)];
    expect(await sortedIds('a')).toEqual(left.map((n) => at(n).id).sort());
  });
});

describe('several lists', () => {
  it('gives a claim two lists hold once, as the copy updated last', async () => {
    const older = at(1, DAY, 'RU', { updatedAt: '2025-07-20T10:00:00Z' });
    const newer = at(1, DAY, 'RU', { updatedAt: '2025-07-21T10:00:00Z', attributedTo: 'Newer' });
    await replace('b', [newer]);
    await replace('a', [older, at(2)]);
    expect(await found()).toEqual(
      [...asListed('b', [newer]), ...asListed('a', [at(2)])].sort(byId),
    );
  });

  it('drops one list and leaves the others alone', async () => {
    await replace('a', [at(1), at(2)]);
    await replace('b', [at(2), at(3)]);
    await db.transaction('rw', db.listGroups, db.listDirectory, () => dropListGroups(db, 'a'));
    expect(await sortedIds('a')).toEqual([]);
    expect(await sortedIds('b')).toEqual([at(2).id, at(3).id].sort());
    expect(await found()).toEqual(asListed('b', [at(2), at(3)]));
  });

  it('heldClaims returns only the ids the list holds, as it holds them', async () => {
    await replace('a', [at(1), at(2, '2025-07-19')]);
    await replace('b', [at(3)]);
    const held = await heldClaims(db, 'a', [at(1).id, at(2).id, at(3).id, at(9).id]);
    expect(held.sort(byId)).toEqual(asListed('a', [at(1), at(2, '2025-07-19')]));
    expect(await heldClaims(db, 'a', [])).toEqual([]);
  });
});

describe('updateListGroups against a plain model', () => {
  it('holds what a Map of the same changes holds, after every step', async () => {
    const random = mulberry32(20250720);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const dates = ['2025-07-19', DAY];
    const codes = ['RU', 'UA'];
    const events = dates.flatMap((d) => codes.map((c): [string, string] => [d, c]));
    // 100 ids over 4 events, about two thirds held at a time: events outgrow one record.
    const pool = Array.from({ length: 100 }, (_, i) => i + 1);
    let version = 0;
    const make = (n: number) => {
      const [date, code] = pick(events);
      const stamp = new Date(Date.UTC(2025, 6, 21, 0, 0, ++version)).toISOString();
      return at(n, date, code, { updatedAt: stamp });
    };

    const model = new Map<string, Claim>();
    const start = pool.filter(() => random() < 0.4).map(make);
    await replace('a', start);
    for (const c of start) model.set(c.id, c);

    let spread = false;
    for (let step = 0; step < 80; step++) {
      // Each id at most once per answer, and never both changed and deleted, as pull.ts sends.
      const ids = [
        ...new Set(Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(pool))),
      ];
      const changed: Claim[] = [];
      const deleted: string[] = [];
      for (const n of ids) {
        const id = at(n).id;
        if (model.has(id) && random() < 0.35) deleted.push(id);
        else if (random() < 0.1) deleted.push(id);
        else changed.push(make(n));
      }
      const sizeBefore = model.size;
      const { added, removed } = await update('a', changed, deleted);
      for (const id of deleted) model.delete(id);
      for (const c of changed) model.set(c.id, c);
      expect(added - removed, `step ${step}`).toBe(model.size - sizeBefore);

      expect(await sortedIds('a'), `step ${step}`).toEqual([...model.keys()].sort());
      for (const [date, code] of events) {
        const want = [...model.values()].filter((c) => sameEvent(figure(date, code), c));
        expect(await found(date, code), `step ${step}, ${date} ${code}`).toEqual(
          asListed('a', want),
        );
      }
      spread ||= (await db.listGroups.count()) > events.length;
    }
    // The run went through events of several records, not only one record an event.
    expect(spread).toBe(true);
  });
});
