import { describe, expect, it } from 'vitest';
import { checkListDocument, parseJson } from '../../../lib/sync/list-document';
import { ClaimsListSchema } from '../../../lib/transfer/claims-list';
import { listClaim } from './helpers';

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
    expect(checkListDocument(json)).toEqual(expected);
    expect(checkListDocument(json).claims[0]).not.toHaveProperty('verdict');
  });

  it('names the first bad claim by its place in the list', () => {
    const bad = { ...listClaim(3), value: { min: 5, max: 2 } };
    expect(() => checkListDocument(doc([listClaim(1), listClaim(2), bad]))).toThrow(
      /^not a valid claims list: claims\.2\.value/,
    );
    expect(() => checkListDocument(doc([], { id: 'not an id!' }))).toThrow(
      'not a valid claims list: id: ',
    );
    expect(() => checkListDocument(doc([], { claims: 'none' }))).toThrow(
      /not a valid claims list: claims: /,
    );
    expect(() => checkListDocument([])).toThrow(/^not a valid claims list: /);
  });

  it('says when the text is not JSON', () => {
    expect(() => parseJson('{"format": "claims-list/1",')).toThrow('the list is not JSON');
    expect(parseJson('{"a": [1]}')).toEqual({ a: [1] });
  });
});
