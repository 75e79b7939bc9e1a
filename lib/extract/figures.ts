import type { Action, Group, Value } from '../claims/mention';
import { isNonCount } from './exclusions';
import { nounPhraseAt, type FigureClass, type NounPhrase } from './noun-phrase';
import { findNumbers, type NumberExpr } from './numbers';
import { verbAfter, verbBefore, verbLater, type ActionHit } from './phrases';
import { qualify } from './qualifiers';
import { tollBefore } from './toll';
import type { Token } from './tokens';
import type { Casualty } from './vocabulary/actions';
import { PART_CUES, VERB_FILLERS } from './vocabulary/function-words';

/** A figure found in one sentence, before place, date and attribution are resolved. */
export interface RawFigure {
  value: Value;
  /** Token span of the figure's own words: qualifier and number. */
  first: number;
  last: number;
  /** Last token of the figure's phrase: the counted noun right after the number, else `last`. */
  phraseLast: number;
  cls: FigureClass;
  action: Action | Casualty;
  group: Group;
  /** Side named inside the noun phrase: for weapons the launcher, for people the victims' side. */
  side: 'RU' | 'UA' | null;
  /** The action phrase that decided the metric, when one did. */
  verb: ActionHit | null;
  /** The figure an elliptical one ("… and five injured") takes its noun from. */
  antecedent: RawFigure | null;
}

const DETERMINERS = new Set(['the', 'those', 'these', 'its', 'their', 'all']);
const PRONOUNS = new Set(['them', 'those', 'these', 'which']);

function compatible(cls: FigureClass, hit: ActionHit | null): hit is ActionHit {
  if (!hit) return false;
  return cls === 'people' ? hit.phrase.casualty !== undefined : hit.phrase.action !== undefined;
}

function outcome(hit: ActionHit): Action | Casualty {
  if (hit.neutralized) return 'neutralized';
  return hit.phrase.action ?? hit.phrase.casualty!;
}

function cueBefore(tokens: readonly Token[], first: number): boolean {
  let end = first;
  if (tokens[end - 1]?.norm === ',') end--;
  return PART_CUES.some((words) =>
    words.every((w, k) => tokens[end - words.length + k]?.norm === w),
  );
}

/** "40 of the 55 drones": the 55 is the whole the 40 were taken from, usually the launched count. */
function isPartitiveTotal(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  return tokens[k]?.norm === 'of' && tokens[k - 1]?.kind === 'num';
}

/** Only fillers between an action phrase and the number: "killed 3", "killing at least 12". */
function adjacent(tokens: readonly Token[], hit: ActionHit, first: number): boolean {
  const links = hit.phrase.nominal ? TOLL_LINKS : VERB_FILLERS;
  for (let k = hit.at + hit.length; k < first; k++) {
    const w = tokens[k]!.norm;
    if (!links.has(w) && !VERB_FILLERS.has(w)) return false;
  }
  return true;
}

/** Verbs that link a toll to its number: "the death toll rose to 14", "stood at 14". */
const TOLL_LINKS = new Set([
  'rose',
  'risen',
  'stood',
  'stands',
  'at',
  'to',
  'climbed',
  'reached',
  'increased',
  'jumped',
  'grew',
  'now',
  'is',
  'was',
  'has',
  'had',
]);

/** Words after a number that stand for the noun of the figure before: "19 others", "3 more". */
const STAND_INS = new Set(['others', 'more', 'further', 'additional']);

/** Prepositions that, right after a bare number, mean "as before, but here": "and two over Kyiv". */
const GAP_PLACES = new Set(['over', 'in', 'near', 'above', 'across', 'around', 'on']);

interface Phrase {
  np: NounPhrase | null;
  /** Where a verb after the phrase would start. */
  next: number;
}

/** The noun phrase after a number, looking through "of the 55 drones" and "of them". */
function phraseAfter(
  tokens: readonly Token[],
  numbers: readonly NumberExpr[],
  after: number,
): Phrase {
  if (tokens[after]?.norm !== 'of') {
    const np = nounPhraseAt(tokens, after);
    if (!np && STAND_INS.has(tokens[after]?.norm ?? '')) return { np: null, next: after + 1 };
    return { np, next: np ? np.last + 1 : after };
  }
  let k = after + 1;
  if (PRONOUNS.has(tokens[k]?.norm ?? '')) return { np: null, next: k + 1 };
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
  const inner = numbers.find((n) => n.first === k);
  if (inner) k = inner.last + 1;
  const np = nounPhraseAt(tokens, k);
  return { np, next: np ? np.last + 1 : after };
}

function resolveAction(
  tokens: readonly Token[],
  np: NounPhrase,
  first: number,
  next: number,
  total: boolean,
): { action: Action | Casualty; verb: ActionHit | null } | null {
  if (np.casualty) return { action: np.casualty, verb: null };
  const after = verbAfter(tokens, next);
  if (compatible(np.cls, after)) return { action: outcome(after), verb: after };
  if (total) return { action: 'launched', verb: null };
  const before = verbBefore(tokens, first - 1, (h) => compatible(np.cls, h));
  if (before) return { action: outcome(before), verb: before };
  const later = verbLater(tokens, next);
  if (compatible(np.cls, later)) return { action: outcome(later), verb: later };
  return null;
}

/**
 * Finds the figures of one sentence: each number with its qualifier, the thing it counts and what
 * happened to it. `previous` is the last figure of the sentence before, for "Of those, 12 …".
 */
export function findFigures(tokens: readonly Token[], previous: RawFigure | null): RawFigure[] {
  const numbers = findNumbers(tokens);
  const out: RawFigure[] = [];
  for (let i = 0; i < numbers.length;) {
    const num = numbers[i]!;
    if (isNonCount(tokens, num)) {
      i++;
      continue;
    }
    const { q, used } = qualify(tokens, numbers, i);
    i += used;
    const { np, next } = phraseAfter(tokens, numbers, q.last + 1);
    const base = { value: q.value, first: q.first, last: q.last, phraseLast: q.last };
    if (np) {
      // "40 of the 55 drones": the phrase of the 40 ends at its number; the noun is the 55's.
      if (tokens[q.last + 1]?.norm !== 'of') base.phraseLast = np.last;
      const r = resolveAction(tokens, np, q.first, next, isPartitiveTotal(tokens, q.first));
      if (!r) continue;
      const ante = np.casualty ? out.findLast((f) => f.cls === 'people') : undefined;
      out.push({
        ...base,
        cls: np.cls,
        action: r.action,
        group: np.group ?? ante?.group ?? null,
        side: np.side,
        verb: r.verb,
        antecedent: ante ?? null,
      });
      continue;
    }
    const fig = elliptical(tokens, q.first, next, out.at(-1) ?? previous, out.length > 0);
    if (fig) out.push({ ...base, ...fig });
  }
  return out;
}

/** A number with no noun: "… and five injured", "including twenty-seven intercepted". */
function elliptical(
  tokens: readonly Token[],
  first: number,
  next: number,
  ante: RawFigure | null,
  sameSentence: boolean,
): Omit<RawFigure, 'value' | 'first' | 'last' | 'phraseLast'> | null {
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
      action: outcome(after),
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
        action: outcome(before),
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
  if (after?.phrase.action)
    return { cls: ante.cls, action: outcome(after), verb: after, ...inherit };
  if (cueBefore(tokens, first))
    return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
  // Gapping: "Nine drones were shot down over the Kyiv region and two over the city".
  const joiner = tokens[first - 1]?.norm;
  const gap = (joiner === 'and' || joiner === ',') && GAP_PLACES.has(tokens[next]?.norm ?? '');
  if (sameSentence && gap) return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
  const before = verbBefore(tokens, first - 1, (h) => compatible(ante.cls, h));
  if (before && adjacent(tokens, before, first)) {
    return { cls: ante.cls, action: outcome(before), verb: before, ...inherit };
  }
  // "Governor Bogomaz put the number at 45": the same count again, by another source.
  if (restates(tokens, first))
    return { cls: ante.cls, action: ante.action, verb: null, ...inherit };
  return null;
}

const COUNT_NOUNS = new Set(['number', 'figure', 'total', 'tally', 'count', 'toll']);

function restates(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = tokens[k]!.norm;
    if (COUNT_NOUNS.has(w)) return true;
    if (!TOLL_LINKS.has(w) && !VERB_FILLERS.has(w)) return false;
  }
  return false;
}
