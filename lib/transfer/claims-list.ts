/**
 * The claims-list/1 document (CLAIMS.md section 6): the JSON export, and the shape a read-only
 * team list is published in.
 *
 * @module
 */
import { CLAIMS_LIST_FORMAT, ClaimsListSchema, type ClaimsList } from '../claims/claims-list';

// The schema lives in lib/claims so that the list server shares it; re-exported for old imports.
export { CLAIMS_LIST_FORMAT, ClaimsListSchema, type ClaimsList };

/** The fields of a claims list other than its claims and deletions. */
export type ListMeta = Pick<ClaimsList, 'id' | 'name' | 'updatedAt' | 'cursor'>;

/**
 * The list fields of an export made at `now` (ISO date-time): an id from the time, so two
 * exports are two lists, and no cursor.
 */
export function exportListMeta(now: string, name = 'Figure Check claims'): ListMeta {
  const stamp = now.replace(/[^0-9]/g, '').slice(0, 14);
  return { id: `export-${stamp}`, name, updatedAt: now, cursor: null };
}
