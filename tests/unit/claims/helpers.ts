/**
 * Builders for Mentions and Claims in the claims tests.
 *
 * @module
 */
import type { Claim, Origin } from '../../../lib/claims/claim';
import { claimFromMention } from '../../../lib/claims/claim-id';
import type { Mention, Qualifier, Value } from '../../../lib/claims/mention';

export const NOW = '2025-07-20T09:20:11Z';

/** A value from its qualifier and bounds; `n` defaults to the lower bound (or the upper). */
export function value(
  qualifier: Qualifier,
  min: number | null,
  max: number | null,
  n?: number,
): Value {
  return { n: n ?? min ?? max ?? 0, min, max, qualifier };
}

/** "132 Ukrainian drones downed over Russia on 2025-07-20, per the Russian Defense Ministry". */
export function mention(over: Partial<Mention> = {}): Mention {
  return {
    text: '132',
    quote: '132 Ukrainian drones were downed overnight.',
    metric: 'drones.downed',
    value: value('exact', 132, 132),
    attacker: 'UA',
    group: null,
    place: { name: 'Russia', code: 'RU', level: 'country' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
    ...over,
  };
}

/** A claim of `m` published at `url` by `outlet`. */
export function claim(
  url: string,
  outlet: string | null,
  m: Mention,
  origin: Origin = 'browsed',
): Claim {
  return claimFromMention(m, { url, outlet, title: null, publishedAt: null }, origin, NOW);
}
