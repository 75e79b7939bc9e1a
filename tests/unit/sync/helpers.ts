/**
 * Shared pieces of the sync tests: a fresh database per test and claims to put in lists.
 *
 * @module
 */
import 'fake-indexeddb/auto';
import type { Claim } from '../../../lib/claims/claim';
import { ClaimsDatabase } from '../../../lib/db/database';
import { claim, mention } from '../claims/helpers';

let counter = 0;

/** A new, empty database of its own. */
export async function freshDb(): Promise<ClaimsDatabase> {
  const db = new ClaimsDatabase(`sync-test-${++counter}-${Date.now()}`);
  await db.open();
  return db;
}

/** The `n`th test claim: 132 drones downed over Russia on 2025-07-20, as outlet `n` reported. */
export function listClaim(n: number, over: Partial<Claim> = {}): Claim {
  return { ...claim(`https://news${n}.example/story`, `Outlet ${n}`, mention()), ...over };
}

/** A fixed clock in milliseconds. */
export const T0 = Date.parse('2025-07-21T08:00:00Z');
