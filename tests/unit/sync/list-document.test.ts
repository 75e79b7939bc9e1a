import { describe, expect, it } from 'vitest';
import { checkListDocument, parseJson } from '../../../lib/sync/list-document';
import { ClaimsListSchema } from '../../../lib/transfer/claims-list';
import { listClaim, T0 } from './helpers';

const NOW = T0;
const HOUR = 3_600_000;

const doc = (claims: unknown[], over: Record<string, unknown> = {}) => ({
  format: 'claims-list/1',
  id: 'team',
  name: 'Kyiv desk',
  updatedAt: '2025-07-21T08:00:00Z',
  cursor: '12',
  claims,
  deleted: [],
  ...over,
});

describe('reading a downloaded list', () => {
  it('gives what the list schema gives, extra fields dropped', () => {
    const json = doc([{ ...listClaim(1), verdict: 'corroborated' }, listClaim(2)], { extra: 1 });
    const expected = ClaimsListSchema.parse(structuredClone(json));
    expect(checkListDocument(json, NOW)).toEqual(expected);
    expect(checkListDocument(json, NOW).claims[0]).not.toHaveProperty('verdict');
  });

  it('names the first bad claim by its place in the list', () => {
    const bad = { ...listClaim(3), value: { min: 5, max: 2 } };
    expect(() => checkListDocument(doc([listClaim(1), listClaim(2), bad]), NOW)).toThrow(
      /^not a valid claims list: claims\.2\.value/,
    );
    expect(() => checkListDocument(doc([], { id: 'not an id!' }), NOW)).toThrow(
      'not a valid claims list: id: ',
    );
    expect(() => checkListDocument(doc([], { claims: 'none' }), NOW)).toThrow(
      /not a valid claims list: claims: /,
    );
    expect(() => checkListDocument([], NOW)).toThrow(/^not a valid claims list: /);
  });

  it('refuses a document or a claim dated in the future, beyond a little clock skew', () => {
    const soon = new Date(NOW + HOUR / 2).toISOString();
    const later = new Date(NOW + 2 * HOUR).toISOString();
    expect(
      checkListDocument(doc([listClaim(1, { updatedAt: soon })], { updatedAt: soon }), NOW),
    ).toBeTruthy();
    expect(() => checkListDocument(doc([], { updatedAt: '2999-01-01T00:00:00Z' }), NOW)).toThrow(
      'not a valid claims list: updatedAt: 2999-01-01T00:00:00Z is in the future',
    );
    for (const field of ['createdAt', 'updatedAt', 'editedAt'] as const)
      expect(() =>
        checkListDocument(doc([listClaim(1), listClaim(2, { [field]: later })]), NOW),
      ).toThrow(`not a valid claims list: claims.1.${field}: ${later} is in the future`);
  });

  it('says when the text is not JSON', () => {
    expect(() => parseJson('{"format": "claims-list/1",')).toThrow('the list is not JSON');
    expect(parseJson('{"a": [1]}')).toEqual({ a: [1] });
  });
});
