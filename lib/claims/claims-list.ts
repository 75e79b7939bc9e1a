/**
 * The claims-list/1 document (CLAIMS.md section 6): the JSON export, the shape a read-only team
 * list is published in, and what the list server answers. Shared by the extension and `server/`.
 *
 * @module
 */
import { z } from 'zod';
import { ClaimSchema } from './claim';
import { TextSchema } from './mention';

/**
 * The most claims one share carries (one POST to a list server), well under the server's 5 MB
 * body limit. The popup's message, the outbox and the server's clients all keep to it.
 */
export const MAX_SHARE_CLAIMS = 1000;

/** The value of a claims list's `format` field. */
export const CLAIMS_LIST_FORMAT = 'claims-list/1';

/**
 * A claims list. Claims may carry extra fields (a page export adds `verdict`, `agree`,
 * `disagree`); they are allowed by the contract and dropped by parsing.
 */
export const ClaimsListSchema = z.object({
  format: z.literal(CLAIMS_LIST_FORMAT),
  /** The list's id, as in the origin `list:<id>`. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: TextSchema.min(1).max(200),
  updatedAt: z.string().datetime({ offset: true }),
  /** Where a reader of a server's list continues from; null for a file. */
  cursor: TextSchema.max(1000).nullable(),
  claims: z.array(ClaimSchema),
  deleted: z.array(ClaimSchema.shape.id),
});
export type ClaimsList = z.infer<typeof ClaimsListSchema>;
