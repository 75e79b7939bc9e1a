import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { readListDocument, type ListHead } from '../../../lib/sync/list-document';
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

/** A response whose body arrives in `pieces` of this text's UTF-8 bytes. */
function answer(text: string, pieces = 1): Response {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / pieces);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  return new Response(body);
}

/** Reads `text` as a downloaded list: what was handed on, in order, and what came back. */
async function read(
  text: string,
  options: { pieces?: number; maxBytes?: number; refuse?: boolean } = {},
) {
  const events: string[] = [];
  const claims: Claim[] = [];
  let head: ListHead | null = null;
  const result = await readListDocument(answer(text, options.pieces), {
    maxBytes: options.maxBytes ?? 1e6,
    now: NOW,
    onHead: (h) => {
      events.push('head');
      head = h;
      if (options.refuse) throw new Error('refused');
    },
    onClaims: async (batch) => {
      events.push(`claims ${batch.length}`);
      claims.push(...batch);
    },
  });
  return { ...result, claims, events, headSeen: head };
}

/** The message `text` is refused with. */
async function refusal(text: string, maxBytes?: number): Promise<string> {
  return read(text, { maxBytes }).then(
    () => 'accepted',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
}

describe('reading a downloaded list', () => {
  it('gives what the list schema gives, extra fields dropped, however the body arrives', async () => {
    const claims = [{ ...listClaim(1), verdict: 'corroborated' }, listClaim(2), listClaim(3)];
    const json = doc(claims, { extra: { claims: [1] }, deleted: [listClaim(9).id] });
    const expected = ClaimsListSchema.parse(structuredClone(json));
    const text = JSON.stringify(json, null, 1);
    for (const pieces of [1, 7, text.length]) {
      const got = await read(text, { pieces });
      const { claims: parsed, deleted, ...head } = expected;
      expect(got.claims).toEqual(parsed);
      expect(got.head).toEqual(head);
      expect(got.deleted).toEqual(deleted);
      expect(got.claims[0]).not.toHaveProperty('verdict');
      expect(got.events[0]).toBe('head');
    }
  });

  it('checks the head before any claim when the document starts with it', async () => {
    const first = JSON.stringify(doc([listClaim(1)]));
    await expect(read(first, { refuse: true })).rejects.toThrow('refused');
    const { events } = await read(first);
    expect(events).toEqual(['head', 'claims 1']);
    // Written the other way round, the head is known only at the end.
    const { claims, ...rest } = doc([listClaim(1)]);
    const last = JSON.stringify({ claims, ...rest });
    expect((await read(last)).events).toEqual(['head', 'claims 1']);
    const early = await read(last, { pieces: last.length });
    expect(early.events).toEqual(['claims 1', 'head']);
  });

  it('names the first bad claim by its place in the list', async () => {
    const bad = { ...listClaim(3), value: { min: 5, max: 2 } };
    expect(await refusal(JSON.stringify(doc([listClaim(1), listClaim(2), bad])))).toMatch(
      /^not a valid claims list: claims\.2\.value/,
    );
    expect(await refusal(JSON.stringify(doc([], { id: 'not an id!' })))).toMatch(
      /^not a valid claims list: id: /,
    );
    expect(await refusal(JSON.stringify(doc([], { claims: 'none' })))).toMatch(
      /^not a valid claims list: claims: /,
    );
    expect(await refusal(JSON.stringify({ format: 'claims-list/1' }))).toMatch(
      /^not a valid claims list: id/,
    );
    expect(await refusal('[]')).toMatch(/^not a valid claims list: /);
  });

  it('refuses a document or a claim dated in the future, beyond a little clock skew', async () => {
    const soon = new Date(NOW + HOUR / 2).toISOString();
    const later = new Date(NOW + 2 * HOUR).toISOString();
    const fine = doc([listClaim(1, { updatedAt: soon })], { updatedAt: soon });
    expect((await read(JSON.stringify(fine))).claims).toHaveLength(1);
    expect(await refusal(JSON.stringify(doc([], { updatedAt: '2999-01-01T00:00:00Z' })))).toBe(
      'not a valid claims list: updatedAt: 2999-01-01T00:00:00Z is in the future',
    );
    for (const field of ['createdAt', 'updatedAt', 'editedAt'] as const)
      expect(
        await refusal(JSON.stringify(doc([listClaim(1), listClaim(2, { [field]: later })]))),
      ).toBe(`not a valid claims list: claims.1.${field}: ${later} is in the future`);
  });

  it('says when the text is not JSON, or stops before it is complete', async () => {
    const whole = JSON.stringify(doc([listClaim(1), listClaim(2)]));
    expect(await refusal('<html>oops')).toMatch(/^the list is not JSON/);
    expect(await refusal(whole.slice(0, -40))).toMatch(/^the list is not JSON \(the file ends/);
    expect(await refusal(whole.replace('"text":', '"text"'))).toMatch(/^the list is not JSON/);
    expect(await refusal(`${whole} {}`)).toMatch(/^the list is not JSON/);
    expect(await refusal(whole.replace('"Kyiv desk"', '"Kyiv \\x desk"'))).toMatch(
      /^the list is not JSON/,
    );
  });

  it('refuses a body over the size limit', async () => {
    const text = JSON.stringify(doc([listClaim(1), listClaim(2)]));
    expect(await refusal(text, text.length - 1)).toMatch(/^the list is larger than/);
    expect(await refusal(text, text.length)).toBe('accepted');
  });
});
