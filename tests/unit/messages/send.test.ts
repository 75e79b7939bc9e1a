import { describe, expect, expectTypeOf, it } from 'vitest';
import { RequestError, send, sendToTab, type Send } from '../../../lib/messages/client';
import {
  BACKGROUND_REQUESTS,
  CONTENT_REQUESTS,
  ContentRequestSchema,
  RequestSchema,
} from '../../../lib/messages/requests';

/** A transport that records what is sent and answers `answer`. */
function answering(answer: unknown): { to: Send; sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    to: async (message) => {
      sent.push(message);
      return answer;
    },
  };
}

describe('send', () => {
  it("returns the answer its request's type is paired with, typed as that answer", async () => {
    const { to, sent } = answering({ type: 'claims-count', count: 3, total: 10, extra: 1 });
    const answer = await send(to, { type: 'count-claims', filter: {} });
    expectTypeOf(answer).toEqualTypeOf<{ type: 'claims-count'; count: number; total: number }>();
    // Parsed, so unknown fields are gone.
    expect(answer).toEqual({ type: 'claims-count', count: 3, total: 10 });
    expect(sent).toEqual([{ type: 'count-claims', filter: {} }]);
  });

  it("refuses another request's answer, and says the other side's error", async () => {
    const wrong = answering({ type: 'claims-page', rows: [], more: false });
    await expect(send(wrong.to, { type: 'count-claims', filter: {} })).rejects.toMatchObject({
      kind: 'invalid',
    });
    const refused = answering({ type: 'error', error: 'unknown sender' });
    const failure = send(refused.to, { type: 'claim-facets' });
    await expect(failure).rejects.toBeInstanceOf(RequestError);
    await expect(failure).rejects.toMatchObject({ kind: 'error', message: 'unknown sender' });
  });

  it('sends content requests to a tab with their own answers', async () => {
    const { to } = answering({ type: 'figure-revealed', found: true });
    const answer = await sendToTab(to, { type: 'reveal-figure', figureId: '3' });
    expectTypeOf(answer).toEqualTypeOf<{ type: 'figure-revealed'; found: boolean }>();
    expect(answer.found).toBe(true);
  });

  it('has one entry per request type, and the receivers accept exactly those types', () => {
    for (const [type, exchange] of Object.entries(BACKGROUND_REQUESTS))
      expect(exchange.request.shape.type.value).toBe(type);
    for (const [type, exchange] of Object.entries(CONTENT_REQUESTS))
      expect(exchange.request.shape.type.value).toBe(type);
    expect(RequestSchema.safeParse({ type: 'page-summary' }).success).toBe(false);
    expect(ContentRequestSchema.safeParse({ type: 'claim-facets' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'claim-facets' }).success).toBe(true);
  });
});
