/**
 * A list's groups built from claims given event by event, as a staged sync's commit reads them
 * (see lib/db/staged-rows.ts). It holds only the group being filled, in fields replaced as it
 * goes, not a map of every event's: a long-lived map's old tables, dead but not yet collected,
 * kept the young groups they had held (and their claims) alive through young collections, which
 * made V8 grow its young generation.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { DirectoryBuilder, type DirectorySpill } from './list-directory';
import { groupKey, groupPrefix, GROUP_MAX, newGroup, type ListGroup } from './list-groups';
import { listOrigin } from './list-rows';

/** An event being filled: its group filling (none when the last one was full) and how many it opened. */
interface Filling {
  prefix: string;
  group: ListGroup | null;
  groups: number;
}

/**
 * Places claims given in runs into groups, handing each group on once it is complete. A run is
 * every claim of one or more events (the events whose hashes are the same), in the answer's
 * order; no event comes in two runs.
 */
export class EventGroupWriter {
  /** The directory of the claims placed so far. */
  readonly directory: DirectoryBuilder;
  private readonly origin: string;
  private filling: Filling | null = null;
  /** The run's other events, when it has more than one (their hashes collide): rare. */
  private parked: Filling[] = [];
  private placed = 0;

  /**
   * @param write - Called with each group once it is complete (full, or its run ended).
   * @param spill - Where the directory spills its full blocks (see {@link DirectoryBuilder}).
   */
  constructor(
    private readonly listId: string,
    private readonly write: (group: ListGroup) => void,
    spill?: DirectorySpill,
  ) {
    this.origin = listOrigin(listId);
    this.directory = new DirectoryBuilder(listId, spill);
  }

  /** How many claims have been placed. */
  get count(): number {
    return this.placed;
  }

  /**
   * Places `c`, which its group keeps as it is given, its origin set to the list's (a copy of
   * each claim was much of a commit's garbage). Give each claim id once.
   */
  add(c: Claim): void {
    c.origin = this.origin;
    const prefix = groupPrefix(c);
    let filling = this.filling;
    if (!filling || filling.prefix !== prefix) filling = this.take(prefix);
    filling.group ??= newGroup(this.listId, groupKey(prefix, filling.groups++), c);
    const group = filling.group;
    group.claims.push(c);
    this.placed++;
    this.directory.add(c.id, group.key);
    if (group.claims.length >= GROUP_MAX) {
      filling.group = null;
      this.write(group);
    }
  }

  /** Ends a run: hands on the groups still filling. Call when every claim of the run was given. */
  endRun(): void {
    for (const f of [this.filling, ...this.parked])
      if (f?.group?.claims.length) this.write(f.group);
    this.filling = null;
    this.parked = [];
  }

  /** Makes event `prefix` the one filling, parking the one that was. */
  private take(prefix: string): Filling {
    if (this.filling) this.parked.push(this.filling);
    const at = this.parked.findIndex((f) => f.prefix === prefix);
    const filling = at === -1 ? { prefix, group: null, groups: 0 } : this.parked.splice(at, 1)[0]!;
    this.filling = filling;
    return filling;
  }
}
