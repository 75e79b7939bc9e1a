/**
 * Builders for the export/import tests: claims, streams of file bytes, and a fake background
 * that stores batches in a Map the way the real one does (ids kept, origin from the batch).
 *
 * @module
 */
import type { Claim } from '../../../lib/claims/claim';
import { claimFromMention } from '../../../lib/claims/claim-id';
import type { Mention } from '../../../lib/claims/mention';
import type { ImportCounts, ImportOrigin } from '../../../lib/transfer';

export const NOW = '2025-07-20T09:20:11Z';

/** A mention of the Moscow drone story, with `over` applied. */
export function mention(over: Partial<Mention> = {}): Mention {
  return {
    text: 'at least 26',
    quote: "Russia's Defense Ministry claimed to have shot down at least 26 drones.",
    metric: 'drones.downed',
    value: { n: 26, min: 26, max: null, qualifier: 'at-least' },
    attacker: 'UA',
    group: null,
    place: { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
    ...over,
  };
}

/** A claim as the extension stores it. */
export function claim(over: Partial<Mention> = {}, url = 'https://news.example/story'): Claim {
  return claimFromMention(
    mention(over),
    {
      url,
      outlet: 'Example News',
      title: 'Drones over Moscow',
      publishedAt: '2025-07-20T09:14:00Z',
    },
    'browsed',
    NOW,
  );
}

/** `count` different claims (different values and quotes, so different ids). */
export function claims(count: number): Claim[] {
  return Array.from({ length: count }, (_, i) =>
    claim(
      {
        text: String(i),
        quote: `Sentence number ${i}, with "quotes", commas, and a line\nbreak.`,
        value: { n: i, min: i, max: i, qualifier: 'exact' },
      },
      `https://news.example/story/${i % 7}`,
    ),
  );
}

/** Joins an export's chunks. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** A stream of the bytes of `text`, cut into pieces of `size` bytes (anywhere, even mid-character). */
export function streamOf(text: string | Uint8Array, size = 4096): ReadableStream<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

/** An import input for `text`. */
export function inputOf(text: string, size = 4096) {
  return { stream: streamOf(text, size), size: new TextEncoder().encode(text).length };
}

/** A background that stores claims by id and answers as the real `import-claims` does. */
export class FakeBackground {
  readonly store = new Map<string, Claim>();
  readonly batches: { size: number; origin: ImportOrigin }[] = [];
  /** How many sends were in flight at once, at most. */
  maxInFlight = 0;
  private inFlight = 0;

  send = async (batch: Claim[], origin: ImportOrigin): Promise<ImportCounts> => {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.batches.push({ size: batch.length, origin });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const counts = { added: 0, updated: 0, unchanged: 0 };
    for (const c of batch) {
      const stored = { ...c, origin };
      const old = this.store.get(c.id);
      if (old && JSON.stringify(old) === JSON.stringify(stored)) counts.unchanged++;
      else {
        if (old) counts.updated++;
        else counts.added++;
        this.store.set(c.id, stored);
      }
    }
    this.inFlight--;
    return counts;
  };
}
