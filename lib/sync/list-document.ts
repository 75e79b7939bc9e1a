/**
 * Reading a downloaded claims list as it arrives: JSON, then the claims-list/1 schema, a batch
 * of claims at a time. A list of 100,000 claims is some 70 MB of text and several times that as
 * parsed objects, so the whole document is never held: the splitter cuts the claims out of the
 * stream, each is parsed and checked on its own, and each batch is handed on (and written) before
 * the next is read. The document's other members (a few short fields, and `deleted`) are kept as
 * text until the end; members the format does not have are skipped unread.
 *
 * @module
 */
import { z } from 'zod';
import { ClaimSchema, type Claim } from '../claims/claim';
import { checkedClaim, isCheckedAsIs } from '../claims/claim-check';
import { futureTimestamp, isInFuture } from '../claims/claim-time';
import { ClaimsListSchema, type ClaimsList } from '../claims/claims-list';
import { JsonClaimsSplitter } from '../claims/json-array-stream';
import { limitedChunks, SyncFailure } from './http';

/** A list document's fields but its claims and deletions. */
export type ListHead = Omit<ClaimsList, 'claims' | 'deleted'>;

/** The head's fields, which a document may give before its claims. */
const HeadSchema = ClaimsListSchema.omit({ claims: true, deleted: true });
const HEAD_FIELDS = Object.keys(HeadSchema.shape);
/** The whole document with its claims not looked at, for the checks at its end. */
const DocumentSchema = ClaimsListSchema.omit({ claims: true }).extend({
  claims: z.array(z.unknown()),
});

/** How a downloaded list is read. */
export interface ReadListOptions {
  /** The largest body accepted, in bytes. */
  maxBytes: number;
  /** The time in milliseconds since the epoch, for refusing dates in the future. */
  now: number;
  /**
   * Called once with the head, valid, as soon as it is known: before the first claims when
   * the document starts with it (as a list server's does), else at the end. Throws to refuse
   * the document.
   */
  onHead: (head: ListHead) => void;
  /**
   * The next claims, valid (as the schema gives them back) and in the document's order: those
   * completed by each piece of the body as it is read, and for each, JSON text that parses to
   * exactly it (fields in the same order). Reading waits until it is done.
   */
  onClaims: (claims: Claim[], json: string[]) => Promise<void>;
}

/** What a complete, valid document held besides the claims handed on. */
export interface ListRead {
  head: ListHead;
  deleted: string[];
}

function invalid(issue: z.core.$ZodIssue | undefined, prefix: PropertyKey[] = []): SyncFailure {
  const path = [...prefix, ...(issue?.path ?? [])].map(String);
  const where = path.length ? `${path.join('.')}: ` : '';
  return new SyncFailure(`not a valid claims list: ${where}${issue?.message ?? 'invalid'}`);
}

function notJson(detail?: string): SyncFailure {
  return new SyncFailure(`the list is not JSON${detail ? ` (${detail})` : ''}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw notJson();
  }
}

/** The members kept so far, parsed; a member too long to keep fails the document. */
function parsedMembers(splitter: JsonClaimsSplitter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, text] of splitter.members) {
    if (text === null) throw new SyncFailure(`not a valid claims list: ${name}: too long`);
    out[name] = parseJson(text);
  }
  return out;
}

/** The head, checked; a document dated after `now` (beyond a little clock skew) is refused. */
function checkHead(fields: Record<string, unknown>, now: number): ListHead {
  const head = HeadSchema.safeParse(fields);
  if (!head.success) throw invalid(head.error.issues[0]);
  if (isInFuture(head.data.updatedAt, now))
    throw new SyncFailure(
      `not a valid claims list: updatedAt: ${head.data.updatedAt} is in the future`,
    );
  return head.data;
}

/**
 * One claim of the list (`json`, parsed), checked; `index` is its place in the list, for the message. The check is
 * the schema's, written out (see lib/claims/claim-check.ts); a claim it refuses goes through the
 * schema itself, which says what is wrong.
 */
function checkClaim(json: unknown, index: number, now: number): Claim {
  let claim = checkedClaim(json);
  if (!claim) {
    const parsed = ClaimSchema.safeParse(json);
    if (!parsed.success) throw invalid(parsed.error.issues[0], ['claims', index]);
    claim = parsed.data;
  }
  const future = futureTimestamp(claim, now);
  if (future) throw new SyncFailure(`not a valid claims list: claims.${index}.${future}`);
  return claim;
}

/**
 * Reads the body of a list's answer as a claims list, as {@link ClaimsListSchema} would give it
 * (unknown fields dropped), handing its claims on as they arrive. A claim dated after `now`
 * (beyond a small clock skew) is refused: see lib/claims/claim-time.ts.
 *
 * @throws SyncFailure naming the first thing wrong, with its path (`claims.12.value: …`): a body
 *   over the size limit, text that is not JSON (or ends before it is complete), a document that
 *   does not validate. Claims already handed on stay handed on; the caller drops them.
 */
export async function readListDocument(
  response: Response,
  options: ReadListOptions,
): Promise<ListRead> {
  const { now, onClaims } = options;
  const splitter = new JsonClaimsSplitter({
    members: [...HEAD_FIELDS, 'claims', 'deleted'],
    maxMemberChars: options.maxBytes,
  });
  // Blink's decoder makes each piece's text outside V8's heap, where the collector frees it at
  // the next young collection. Made from the ASCII runs with String.fromCharCode.apply (as
  // before), the text came with an array of every byte's number on the heap: 12 times the
  // list's size in allocations, which made V8's young collections many enough to grow its young
  // generation to the largest (probe, 100,000-claim list file with this commit's staging: peak
  // RSS 274-294 MB that way, 242-247 MB this way).
  const decoder = new TextDecoder();
  let head: ListHead | null = null;
  // `null` ends the text. Each piece's claims are handed on before the next piece is read, so
  // neither the piece nor its parsed claims outlive it.
  const read = async (text: string | null) => {
    const elements = text === null ? splitter.end() : splitter.push(text);
    if (splitter.root === 'array') throw new SyncFailure('not a valid claims list: not an object');
    if (splitter.error) {
      const { message, line } = splitter.error;
      throw notJson(`${message}, line ${line}`);
    }
    // A document that starts with its head is refused, when it must be, before its claims.
    if (!head && splitter.sawClaims && HEAD_FIELDS.every((f) => splitter.members.has(f))) {
      head = checkHead(parsedMembers(splitter), now);
      options.onHead(head);
    }
    if (!elements.length) return;
    const claims: Claim[] = [];
    const texts: string[] = [];
    for (const { text, index } of elements) {
      const json = parseJson(text);
      const claim = checkClaim(json, index, now);
      claims.push(claim);
      // Most lists send claims as the schema gives them back: their own text then stands for
      // them, and no second text of each is made (that was a fifth of a download's garbage).
      texts.push(isCheckedAsIs(json, claim) ? text : JSON.stringify(claim));
    }
    await onClaims(claims, texts);
  };
  for await (const chunk of limitedChunks(response, options.maxBytes)) {
    await read(decoder.decode(chunk, { stream: true }));
  }
  await read(decoder.decode());
  await read(null);

  const fields = parsedMembers(splitter);
  const doc = DocumentSchema.safeParse({
    ...fields,
    claims: splitter.sawClaims ? [] : fields.claims,
  });
  if (!doc.success) throw invalid(doc.error.issues[0]);
  if (!head) {
    head = checkHead(fields, now);
    options.onHead(head);
  }
  return { head, deleted: doc.data.deleted };
}
