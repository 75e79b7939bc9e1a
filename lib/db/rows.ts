/**
 * Claims as rows of the claims table: the index-only fields each row carries, and the way from a
 * Claim to a row and back.
 *
 * @module
 */
import { ClaimSchema, type Claim } from '../claims/claim';
import { sourceKey } from '../claims/claim-id';
import { originKind, sortKeyOf, type ClaimColumn, type OriginKind } from '../claims/claim-query';

/**
 * Values flattened out of a claim so IndexedDB can index them. None is ever `null` or
 * `undefined`: IndexedDB leaves a row out of an index whose key is missing, and a listing sorted
 * by that index would lose the row.
 */
export interface IndexFields {
  /** The source's canonical URL ({@link sourceKey}): a page's claims. */
  sourceUrl: string;
  /** `place.code`, `''` for no place or a place without a code (a sea). */
  placeCode: string;
  /** `date`, `''` for none. */
  dateKey: string;
  /** The place's name, lower-cased; `''` for none. */
  placeKey: string;
  /** The source's outlet, lower-cased; `''` for none. */
  outletKey: string;
  /** `attributedTo`, lower-cased; `''` for none. */
  originatorKey: string;
  /** `attacker`, `''` for none. */
  attackerKey: string;
  /** `value.n`. */
  valueKey: number;
  /** `createdAt` as milliseconds since the epoch. */
  createdKey: number;
  /** `browsed`, `imported`, `official` or `list`. */
  originKind: OriginKind;
}

/** A claim as the claims table stores it (schema version 3). */
export type StoredClaim = Claim & IndexFields;

/**
 * A string above every text key the claims table holds (dates, codes, ISO date-times), to close
 * ranges over text. `Dexie.maxKey` (`[[]]`) fails with a DataError inside a compound range under
 * fake-indexeddb, so the tests could not cover it.
 */
export const ABOVE_ALL_TEXT = '\uffff';

/** The index that orders each column of the claims browser. */
export const SORT_INDEX: Readonly<Record<ClaimColumn, keyof StoredClaim>> = {
  date: 'dateKey',
  metric: 'metric',
  value: 'valueKey',
  place: 'placeKey',
  attacker: 'attackerKey',
  outlet: 'outletKey',
  originator: 'originatorKey',
  origin: 'origin',
  createdAt: 'createdKey',
};

/** The code a claim's place is indexed under: `''` when the claim has no place or no code. */
export function placeCodeOf(c: Pick<Claim, 'place'>): string {
  return c.place?.code ?? '';
}

/**
 * The index fields of a claim. The sort keys come from {@link sortKeyOf}, so walking an index
 * gives exactly the order `compareClaims` defines.
 */
export function indexFieldsOf(c: Claim): IndexFields {
  const text = (column: ClaimColumn) => String(sortKeyOf(c, column));
  const number = (column: ClaimColumn) => Number(sortKeyOf(c, column));
  return {
    sourceUrl: sourceKey(c.source.url),
    placeCode: placeCodeOf(c),
    dateKey: text('date'),
    placeKey: text('place'),
    outletKey: text('outlet'),
    originatorKey: text('originator'),
    attackerKey: text('attacker'),
    valueKey: number('value'),
    createdKey: number('createdAt'),
    // Every origin the schema accepts has a kind; the fallback only satisfies the type.
    originKind: originKind(c.origin) ?? 'imported',
  };
}

/** The row of a valid claim. */
export function toRow(c: Claim): StoredClaim {
  return { ...c, ...indexFieldsOf(c) };
}

/** The Claim of a stored row, without the index-only fields. */
export function toClaim(row: StoredClaim): Claim {
  const claim: Claim & Partial<IndexFields> = { ...row };
  delete claim.sourceUrl;
  delete claim.placeCode;
  delete claim.dateKey;
  delete claim.placeKey;
  delete claim.outletKey;
  delete claim.originatorKey;
  delete claim.attackerKey;
  delete claim.valueKey;
  delete claim.createdKey;
  delete claim.originKind;
  return claim;
}

/**
 * Validates one claim with {@link ClaimSchema}, dropping fields outside the contract.
 *
 * @param position - The claim's place in its batch, for the error message.
 * @throws Error naming the claim and what is wrong with it.
 */
export function validClaim(c: unknown, position: number): Claim {
  const parsed = ClaimSchema.safeParse(c);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') + ': ' : '';
  throw new Error(`invalid claim #${position}: ${where}${issue?.message ?? 'invalid'}`);
}

/**
 * Validates claims and turns them into rows.
 *
 * @throws Error naming the first invalid claim and what is wrong with it.
 */
export function toRows(claims: readonly unknown[]): StoredClaim[] {
  return claims.map((c, i) => toRow(validClaim(c, i)));
}
