import { adjacent, afterFrontedWhole, compatible, cueBefore, outcome } from './figure-action';
import type { RawFigure } from './figures';
import { verbAfter, verbBefore, type ActionHit } from './phrases';
import { tollBefore } from './toll';
import type { Token } from './tokens';
import { VERB_FILLERS } from './vocabulary/function-words';
import {
  ADDITIVES,
  AND_PHRASES,
  BEFORE_LIST_PLACE,
  GAP_JOINERS,
  COUNT_NOUNS,
  LIST_OPENERS,
} from './vocabulary/figure-words';
import { LOCATIVES } from './vocabulary/place-words';
import { TOLL_LINKS } from './vocabulary/tolls';

/** What an elliptical figure takes from its sentence and the figure it continues. */
export type EllipticalFigure = Omit<RawFigure, 'value' | 'first' | 'last' | 'phraseLast' | 'part'>;

/** "Governor Bogomaz put the number at 45": the same count again, by another source. */
function restates(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = tokens[k]!.norm;
    if (COUNT_NOUNS.has(w)) return true;
    if (!TOLL_LINKS.has(w) && !VERB_FILLERS.has(w)) return false;
  }
  return false;
}

/**
 * A number with no noun of its own: "… and five injured", "including twenty-seven intercepted",
 * "the death toll … rose to 14", "Of these, 249 were shot down", "72 over the Bryansk Region".
 * `ante` is the figure it continues, from this sentence or the one before.
 */
export function elliptical(
  tokens: readonly Token[],
  first: number,
  next: number,
  ante: RawFigure | null,
  sameSentence: boolean,
): EllipticalFigure | null {
  const inherit = { group: ante?.group ?? null, side: ante?.side ?? null, antecedent: ante };
  const toll = tollBefore(tokens, first);
  if (toll) {
    return { cls: 'people', action: toll, verb: null, group: null, side: null, antecedent: null };
  }
  const after = verbAfter(tokens, next);
  if (after?.phrase.casualty) {
    const people = ante?.cls === 'people';
    return {
      cls: 'people',
      action: outcome(tokens, after),
      verb: after,
      ...inherit,
      group: people ? inherit.group : null,
      side: people ? inherit.side : null,
      antecedent: people ? ante : null,
    };
  }
  if (!ante || ante.cls === 'people') {
    const before = verbBefore(tokens, first - 1, (h) => h.phrase.casualty !== undefined);
    if (before && adjacent(tokens, before, first)) {
      return {
        cls: 'people',
        action: outcome(tokens, before),
        verb: before,
        ...inherit,
        group: null,
        side: null,
        // "killed 31 people … and wounded more than 150": the same attack, the same attacker.
        antecedent: ante,
      };
    }
    if (!ante) return null;
  }
  if (after?.phrase.action) {
    const action = outcome(tokens, after);
    // "including five heading towards Moscow": a part only described shares its whole's action.
    const described = action === 'launched' && after.phrase.progressive === true;
    if (described && cueBefore(tokens, first))
      return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
    return { cls: ante.cls, action, verb: after, ...inherit };
  }
  if (cueBefore(tokens, first) || afterFrontedWhole(tokens, first, ante))
    return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
  // Gapping: "Nine drones were shot down over the Kyiv region and two over the city", "…, another
  // nine over the Moscow region", and a list that goes on in the next sentence.
  const joiner = tokens[first - 1]?.norm ?? '';
  const locative = listPlaceAt(tokens, next);
  // "… were shot down in the evening, and six more overnight": "more" says the same again.
  // "10 more than the night before" compares; it goes on with nothing.
  const more = sameSentence && tokens[next - 1]?.norm === 'more' && tokens[next]?.norm !== 'than';
  const gap =
    (locative || more) &&
    (sameSentence ? GAP_JOINERS.has(joinerOf(tokens, first)) : listOpens(tokens, first));
  if (gap) return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
  // "downed 101 and 6 of them": a bare number joined to a bare figure right before shares it.
  if (sameSentence && (joiner === 'and' || joiner === ',') && ante.phraseLast === first - 2)
    return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
  const before = verbBefore(tokens, first - 1, (h) => compatible(ante.cls, h));
  if (before && adjacent(tokens, before, first)) {
    return { cls: ante.cls, action: outcome(tokens, before), verb: before, ...inherit };
  }
  if (restates(tokens, first)) {
    // "the number of wounded varied, with Klymenko putting the figure at 65": the count restated
    // is the toll named since the figure before, not that figure.
    const named = verbBefore(tokens, first - 1, namesToll);
    if (named && named.at > ante.last) {
      const action = named.phrase.casualty!;
      return { cls: 'people', action, verb: named, group: null, side: null, antecedent: null };
    }
    return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
  }
  return null;
}

/** A noun phrase that names a toll: "the number of wounded", "the death toll". */
function namesToll(hit: ActionHit): boolean {
  return hit.phrase.nominal === true && hit.phrase.casualty !== undefined;
}

/**
 * The word joining a number to the list before it, past "another" and "a further"; "and" for a
 * phrase that joins as "and" does ("in addition to", "as well as").
 */
function joinerOf(tokens: readonly Token[], first: number): string {
  let k = first - 1;
  if (ADDITIVES.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm === 'a' && tokens[k + 1]?.norm === 'further') k--;
  for (const words of AND_PHRASES) {
    const from = k - words.length + 1;
    if (words.every((w, j) => tokens[from + j]?.norm === w)) return 'and';
  }
  return tokens[k]?.norm ?? '';
}

/** Does a list's item open this sentence, or its reported clause ('It added that "one over …')? */
function listOpens(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (ADDITIVES.has(tokens[k]?.norm ?? '')) k--;
  return k < 0 || LIST_OPENERS.has(tokens[k]!.norm);
}

/**
 * Does a list item's place start at `k`, past "each" or a dash: "over the Kyiv region", "each over
 * Oryol Region", "– over the territory of Smolensk region"?
 */
export function listPlaceAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 2 && BEFORE_LIST_PLACE.has(tokens[j]?.norm ?? '')) j++;
  return LOCATIVES.has(tokens[j]?.norm ?? '');
}
