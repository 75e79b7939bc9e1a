import type { FigureCheck, Other } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import { pageAnchors } from '../../../lib/page/anchor-index';
import type { BadgeItem } from '../../../lib/page/badge-surface';
import { page } from '../page/dom-helpers';

/** The figure of a page, as the card shows it ("132 drones downed"). */
export function mention(over: Partial<Mention> = {}): Mention {
  return {
    text: '132',
    quote: 'The ministry said 132 Ukrainian drones were downed overnight.',
    metric: 'drones.downed',
    value: { n: 132, min: 132, max: 132, qualifier: 'exact' },
    attacker: 'UA',
    group: null,
    place: { name: 'Russia', code: 'RU', level: 'country' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
    ...over,
  };
}

/** Another source's figure for the same event. */
export function other(over: Partial<Other> = {}): Other {
  return {
    url: 'https://www.eurodispatch.example/europe/story',
    outlet: 'Euro Dispatch',
    text: 'one hundred and forty-two',
    value: { n: 142, min: 142, max: 142, qualifier: 'exact' },
    attributedTo: 'Russian Defense Ministry',
    date: '2025-07-20',
    origin: 'browsed',
    agrees: false,
    ...over,
  };
}

/** A check whose lists and groups are consistent with `others`. */
export function check(verdict: FigureCheck['verdict'], others: Other[] = []): FigureCheck {
  const byName = new Map<string | null, Other[]>();
  for (const o of others) byName.set(o.attributedTo, [...(byName.get(o.attributedTo) ?? []), o]);
  return {
    verdict,
    agree: others.filter((o) => o.agrees),
    disagree: others.filter((o) => !o.agrees),
    explained: [],
    parts: [],
    byOriginator: Array.from(byName, ([originator, list]) => ({ originator, others: list })),
  };
}

/**
 * A story with three marked figures (written by hand: linkedom cannot split text nodes, so
 * marking itself is tested in e2e).
 */
export function markedStory(): Document {
  return page(
    '<article><p>Russia said <figure-check-mark data-figure-id="1" style="outline: 0 !important">132</figure-check-mark> drones ' +
      'were downed and <figure-check-mark data-figure-id="2">3</figure-check-mark> people hurt, ' +
      'then <figure-check-mark data-figure-id="3">26</figure-check-mark> more.</p></article>',
  );
}

/** The badges of {@link markedStory}: conflicting, corroborated and mixed, each after its mark. */
export function storyBadges(doc: Document): BadgeItem[] {
  const anchors = pageAnchors(doc);
  return [
    { figureId: '1', mention: mention(), check: check('conflicting', [other()]) },
    {
      figureId: '2',
      mention: mention({ text: '3' }),
      check: check('corroborated', [other({ agrees: true })]),
    },
    {
      figureId: '3',
      mention: mention({ text: '26' }),
      check: check('mixed', [other(), other({ agrees: true })]),
    },
  ].map((item) => ({ ...item, anchor: anchors.get(item.figureId)! }));
}
