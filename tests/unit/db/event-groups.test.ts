import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { EventGroupWriter } from '../../../lib/db/event-groups';
import { GROUP_MAX, GroupBuilder, type ListGroup } from '../../../lib/db/list-groups';
import { listClaim } from '../sync/helpers';

const on = (n: number, date: string) => listClaim(n, { date });

/** The groups and directory `claims` make, given in `runs` to an EventGroupWriter. */
function written(runs: readonly (readonly Claim[])[]) {
  const groups: ListGroup[] = [];
  const writer = new EventGroupWriter('team', (g) => groups.push(g));
  for (const run of runs) {
    for (const c of run) writer.add(structuredClone(c));
    writer.endRun();
  }
  return { groups, directory: [...writer.directory.ranges()].flat(), count: writer.count };
}

/** The same claims placed by the map-based builder a held answer uses. */
function built(claims: readonly Claim[]) {
  const builder = new GroupBuilder('team');
  const groups: ListGroup[] = [];
  for (const c of claims) {
    const full = builder.add(c);
    if (full) groups.push(full);
  }
  groups.push(...builder.flush());
  return { groups, directory: [...builder.directory.ranges()].flat(), count: builder.count };
}

const byKey = (groups: readonly ListGroup[]) =>
  [...groups].sort((a, b) => (a.key < b.key ? -1 : 1));

describe('EventGroupWriter', () => {
  const big = Array.from({ length: GROUP_MAX * 2 + 3 }, (_, i) => on(i + 1, '2025-07-11'));
  const small = [on(100, '2025-07-12'), on(101, '2025-07-12')];

  it('makes the groups and directory the map-based builder makes, event by event', () => {
    const streamed = written([big, small]);
    const held = built([...big, ...small]);
    expect(byKey(streamed.groups)).toEqual(byKey(held.groups));
    expect(streamed.directory).toEqual(held.directory);
    expect(streamed.count).toBe(big.length + small.length);
    expect(streamed.groups.every((g) => g.claims.length <= GROUP_MAX)).toBe(true);
    expect(streamed.groups.flatMap((g) => g.claims).every((c) => c.origin === 'list:team')).toBe(
      true,
    );
  });

  it('keeps events apart when a run mixes two (their hashes collide)', () => {
    // Interleaved in the answer's order, as claims of two events sharing a hash are read.
    const mixed = big.flatMap((c, i) => (i < small.length ? [c, small[i]!] : [c]));
    const streamed = written([mixed]);
    expect(byKey(streamed.groups)).toEqual(byKey(built(mixed).groups));
    expect(new Set(streamed.groups.map((g) => g.key)).size).toBe(streamed.groups.length);
  });
});
