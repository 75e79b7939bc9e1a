import type { Action, Group, Value } from '../claims/mention';
import { elliptical, listPlaceAt, type EllipticalFigure } from './elliptical';
import { ageEnd } from './ages';
import { isNonCount } from './exclusions';
import {
  adjacent,
  compatible,
  cueBefore,
  frontedWhole,
  ofBefore,
  outcome,
  resolveAction,
  type FigureAction,
} from './figure-action';
import { nounPhraseAt, type FigureClass, type NounPhrase } from './noun-phrase';
import { findNumbers, singularPerson, type NumberExpr } from './numbers';
import { coordinatedVerb, isBreak, phraseAt, type ActionHit } from './phrases';
import { qualify } from './qualifiers';
import { tollBefore } from './toll';
import { CASUALTY_FATES, INCREMENT_WORDS, NUMBER_OF_HEADS, TOLL_MOVES } from './vocabulary/tolls';
import { CAUSE_CONJUNCTIONS } from './vocabulary/place-words';
import type { Token } from './tokens';
import type { Casualty } from './vocabulary/actions';
import { DESTRUCTION_VERBS, WEAPON_KIND_ADJECTIVES } from './vocabulary/weapons';
import { LAUNCHING } from './vocabulary/attack-words';
import { CLAUSE_BREAKERS, PHRASE_STOPS, VERB_FILLERS } from './vocabulary/function-words';
import {
  PARTITIVE_DETERMINERS,
  ANTECEDENT_PRONOUNS,
  STAND_INS,
  AFTER_BARE,
  APPOSITION,
  GAP_JOINERS,
} from './vocabulary/figure-words';
import { PEOPLE_NOUN, WEAPON_SIDE_WORD, SIDE_WORD } from './word-lookup';

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
  /**
   * Counts part of another figure ("including 477 drones", "249 of these", "40 of the 55"): a
   * sentence after it that says "Of these, …" means the whole, not this part.
   */
  part: boolean;
}

/**
 * "40 of the 55 drones", "four of nine missiles": the second number is the whole the first were
 * taken from, usually the launched count.
 */
function isPartitiveTotal(
  tokens: readonly Token[],
  numbers: readonly NumberExpr[],
  first: number,
): boolean {
  const k = ofBefore(tokens, first);
  return k > 0 && numbers.some((n) => n.last === k - 1);
}

/** Tokens of the "of" or "out of" at `k` that takes a part from a whole ("28 out of 31"), or 0. */
function partitiveOf(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.norm;
  if (w === 'of') return 1;
  return w === 'out' && tokens[k + 1]?.norm === 'of' ? 2 : 0;
}

interface Phrase {
  np: NounPhrase | null;
  /** Where a verb after the phrase would start. */
  next: number;
  /** The phrase went through "of": "40 of the 55 drones", "12 of them". */
  partitive: boolean;
}

/** The noun phrase after a number, looking through "of the 55 drones" and "of them". */
function phraseAfter(
  tokens: readonly Token[],
  numbers: readonly NumberExpr[],
  after: number,
): Phrase {
  const of = partitiveOf(tokens, after);
  if (of === 0) {
    const np = nounPhraseAt(tokens, after);
    if (!np && STAND_INS.has(tokens[after]?.norm ?? ''))
      return { np: null, next: after + 1, partitive: false };
    return { np, next: np ? np.last + 1 : after, partitive: false };
  }
  let k = after + of;
  if (ANTECEDENT_PRONOUNS.has(tokens[k]?.norm ?? ''))
    return { np: null, next: k + 1, partitive: true };
  if (PARTITIVE_DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
  const inner = numbers.find((n) => n.first === k);
  if (inner) k = inner.last + 1;
  const np = nounPhraseAt(tokens, k);
  return { np, next: np ? np.last + 1 : after, partitive: true };
}

/** Does `w` name a kind of weapon ("ballistic", "Kinzhal", "Shaheds") rather than a side? */
function kindWord(w: string): boolean {
  return (
    WEAPON_KIND_ADJECTIVES.has(w) || (WEAPON_SIDE_WORD.get(w) !== undefined && !SIDE_WORD.get(w))
  );
}

/** The kinds of weapon named in tokens `from..to`, as one key: "ballistic", "kh 101 cruise". */
function kindWords(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k <= to && k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (!kindWord(w)) continue;
    // "Shaheds" and "Shahed-136s" name one kind.
    const one = w.endsWith('s') && WEAPON_SIDE_WORD.get(w.slice(0, -1)) ? w.slice(0, -1) : w;
    words.push(one);
  }
  return words.join(' ');
}

/** Does a kind of weapon stand in tokens `from..to` ("ballistic", "Kinzhal", "Kh-101 cruise")? */
function namesKind(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (kindWord(w)) return true;
  }
  return false;
}

/**
 * "a woman was killed", "killed a 70-year-old man": the person's own verb, right before or after
 * it. "ranging from a 3-month-old baby" or "a boy was among three people injured" is no count.
 */
function ownVerb(tokens: readonly Token[], verb: ActionHit | null, first: number, last: number) {
  if (!verb) return false;
  if (verb.at < first) return adjacent(tokens, verb, first);
  // "a woman injured in the attack died": a verb that is only ever finite is the person's own
  // across a modifier, up to a break or another number.
  const across = verb.phrase.finite === true;
  // "a woman aged 80 was killed", "a man, 45, was killed": the age is an aside; "a 64-year-old
  // woman and a man aged 58 died": so is another person sharing the verb, with their age.
  let from = pastAge(tokens, last + 1);
  const other = conjoinedPersonEnd(tokens, from);
  if (other >= from) from = pastAge(tokens, other + 1);
  for (let k = from; k < verb.at; k++) {
    const t = tokens[k]!;
    if (across ? t.kind === 'num' || isBreak(t) : !VERB_FILLERS.has(t.norm)) return false;
  }
  return true;
}

/**
 * Did air defence stop what the figure counts: "100 targets were neutralised", not "hit 12
 * targets" or "destroyed 30 targets"? Only the figure's own verb says so.
 */
function airDefence(r: FigureAction): boolean {
  if (!r.verb || LAUNCHING.has(r.action)) return false;
  return !DESTRUCTION_VERBS.has(r.verb.phrase.words[0]!);
}

/** The token after an age that starts at `k`, or `k` when none does. */
function pastAge(tokens: readonly Token[], k: number): number {
  const age = ageEnd(tokens, k);
  return age >= 0 ? age + 1 : k;
}

/**
 * The last token of "and a(n) … person" starting at `k` ("and a 58-year-old man", "and an elderly
 * woman"), or `k - 1` when none starts there.
 */
function conjoinedPersonEnd(tokens: readonly Token[], k: number): number {
  const article = tokens[k + 1]?.norm;
  if (tokens[k]?.norm !== 'and' || (article !== 'a' && article !== 'an')) return k - 1;
  const person = singularPerson(tokens, k + 2);
  return person >= 0 ? person : k - 1;
}

function inHospital(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k + 1]?.norm;
  return tokens[k]?.norm === 'in' && (w === 'hospital' || w === 'hospitals');
}

/**
 * "477 drones and 60 missiles were fired, of which 475 were neutralised": a part (the caller
 * checks) of the weapons launched before it, larger than the launch it continues, counts more
 * than that one kind: the kinds listed together.
 */
function outgrows(fig: EllipticalFigure, value: Value): boolean {
  const whole = fig.antecedent;
  if (!whole || (fig.cls !== 'drones' && fig.cls !== 'missiles') || whole.cls !== fig.cls)
    return false;
  return whole.action === 'launched' && whole.value.max !== null && value.n > whole.value.max;
}

/**
 * "two residential buildings", "12 locations": a bare number followed by a noun that is no
 * figure's counts something else, and is no elliptical figure either. `value`: the number's.
 */
function countsOtherThing(tokens: readonly Token[], after: number, value: number): boolean {
  const t = tokens[after];
  if (!t || t.kind !== 'word') return false;
  const w = t.norm;
  if (AFTER_BARE.has(w) || PHRASE_STOPS.has(w) || CLAUSE_BREAKERS.has(w)) return false;
  if (VERB_FILLERS.has(w)) return false;
  const hit = phraseAt(tokens, after);
  // "Two fires caused by the attack": a verb's "-s" form has one for its subject, so after a
  // number above one it is a plural noun the number counts.
  if (hit && value !== 1 && hit.length === 1 && w.endsWith('s')) return true;
  return hit === null;
}

/** "The most drones — 126 — were shot down": the noun before the dash, the verb after it. */
function apposedPhrase(tokens: readonly Token[], first: number, last: number): Phrase | null {
  const open = tokens[first - 1]?.norm ?? '';
  const close = APPOSITION.get(open);
  if (!close || tokens[last + 1]?.norm !== close) return null;
  for (let k = first - 2; k >= 0 && k >= first - 4; k--) {
    const np = nounPhraseAt(tokens, k);
    if (np && np.last === first - 2) return { np, next: last + 2, partitive: false };
  }
  return null;
}

/**
 * "Russia launched 477 drones and 60 missiles …, which said it had intercepted 475 and 39 of those
 * respectively": bare numbers before "respectively" take, in order, the things the list before
 * them counted.
 */
function distributeRespectively(tokens: readonly Token[], out: RawFigure[]): void {
  // Two wholes and two bare numbers at least: most sentences are done here.
  if (out.length < 4) return;
  const at = tokens.findIndex((t) => t.norm === 'respectively');
  if (at < 0) return;
  const bare = out.filter((f) => f.first < at && f.antecedent !== null && f.phraseLast === f.last);
  if (bare.length < 2) return;
  const wholes = out.filter((f) => f.first < bare[0]!.first && f.phraseLast > f.last);
  const list = wholes.slice(-bare.length);
  if (list.length !== bare.length || new Set(list.map((f) => f.cls)).size !== list.length) return;
  bare.forEach((f, k) => {
    const whole = list[k]!;
    f.cls = whole.cls;
    f.side = whole.side;
    f.antecedent = whole;
  });
}

/**
 * The verb before the figure listed right before `first`, joined to it by a comma or "and":
 * "downs 18 drones, 1 missile launched by Russia".
 */
function listVerbBefore(
  tokens: readonly Token[],
  numbers: readonly NumberExpr[],
  out: readonly RawFigure[],
  first: number,
): ActionHit | null {
  const prev = out.at(-1);
  // "… and all seven missiles": "all" stands between the joiner and the number.
  const joiner = tokens[first - 1]?.norm === 'all' ? first - 2 : first - 1;
  if (!prev || prev.phraseLast !== joiner - 1) return null;
  if (!GAP_JOINERS.has(tokens[joiner]?.norm ?? '')) return null;
  // "downed 57 of the 83 drones and all seven missiles": the whole a part was taken from has no
  // verb of its own; the list goes on with its part's.
  const verbed = !prev.verb && isPartitiveTotal(tokens, numbers, prev.first) ? out.at(-2) : prev;
  if (!verbed?.verb || verbed.verb.at > verbed.first) return null;
  return verbed.verb;
}

/**
 * The figure before in this sentence whose list the phrase at `first` goes on, when it names its
 * noun but leaves its verb: "…, 21 over the Belgorod Region, six drones over the Tver Region".
 */
function gappedItem(
  tokens: readonly Token[],
  out: readonly RawFigure[],
  cls: RawFigure['cls'],
  first: number,
  next: number,
): RawFigure | null {
  const prev = out.at(-1);
  if (!prev || prev.cls !== cls) return null;
  if (!GAP_JOINERS.has(tokens[first - 1]?.norm ?? '')) return null;
  return listPlaceAt(tokens, next) ? prev : null;
}

/**
 * Finds the figures of one sentence: each number with its qualifier, the thing it counts and what
 * happened to it. `previous` is the last whole figure of the sentences before, for "Of those, 12 …".
 */
export function findFigures(tokens: readonly Token[], previous: RawFigure | null): RawFigure[] {
  const numbers = findNumbers(tokens);
  const out: RawFigure[] = [];
  // The whole a colon's list of parts belongs to, while that list goes on.
  let colonWhole: RawFigure | null = null;
  for (let i = 0; i < numbers.length;) {
    const num = numbers[i]!;
    if (isNonCount(tokens, num)) {
      i++;
      continue;
    }
    const { q, used } = qualify(tokens, numbers, i);
    i += used;
    const phrase =
      apposedPhrase(tokens, q.first, q.last) ?? phraseAfter(tokens, numbers, q.last + 1);
    const { np, next, partitive } = phrase;
    // "including 280 drones and 20 missiles": the list after a part cue is all parts.
    const prev = out.at(-1);
    const listed =
      prev !== undefined &&
      prev.part &&
      (tokens[q.first - 1]?.norm === 'and' || tokens[q.first - 1]?.norm === ',') &&
      prev.phraseLast >= q.first - 3;
    // "344 air attack vehicles: 325 drones and 19 missiles": a colon right after a figure's
    // phrase opens the list of its parts, as "including" does.
    const colon =
      prev !== undefined && tokens[q.first - 1]?.norm === ':' && prev.phraseLast === q.first - 2;
    if (colon) colonWhole = prev;
    else if (!listed) colonWhole = null;
    const cue = cueBefore(tokens, q.first) || listed || colon;
    const base = {
      value: q.value,
      first: q.first,
      last: q.last,
      phraseLast: q.last,
      part: cue || partitive,
    };
    // "a woman was killed": only a person with a casualty verb is a figure, "a" alone no number.
    if (num.article && (!np || np.cls !== 'people' || np.casualty)) continue;
    if (np) {
      if (num.article) base.last = np.last;
      // "40 of the 55 drones": the phrase of the 40 ends at its number; the noun is the 55's.
      if (!partitive && np.last > q.last) base.phraseLast = np.last;
      // Parts of another kind than their whole ("325 drones" of "344 air attack vehicles") take
      // its action only after a colon: "including" leaves the verb before to them.
      const whole = cue
        ? (out.findLast((f) => f.cls === np.cls && !f.part) ?? colonWhole ?? undefined)
        : undefined;
      const own = resolveAction(tokens, np, q.first, next, {
        part: partitive,
        total: isPartitiveTotal(tokens, numbers, q.first),
        listVerb: listVerbBefore(tokens, numbers, out, q.first),
      });
      // "83 victims are known, including seven children": a part shares its whole's action, and
      // so does one only described on its way ("nine were downed, including seven heading for
      // Moscow"); "with 32 drones impacting" says what the part itself did.
      const described = own?.action === 'launched' && own.verb?.phrase.progressive === true;
      const shared = whole && (!own || described);
      // "29 were shot down over Ryazan, 27 over Voronezh, …, six drones over the Tver Region": an
      // item of a list, its verb left to the list's first.
      const listed = !own && !shared ? gappedItem(tokens, out, np.cls, q.first, next) : null;
      // "The toll from the strike had risen to 35 people": a toll the phrase completes.
      const toll = !own && !shared && np.cls === 'people' ? tollBefore(tokens, q.first) : null;
      const fronted =
        !own && !shared && !listed && np.cls !== 'people' && frontedWhole(tokens, q.first);
      const r: FigureAction | null = shared
        ? { action: whole.action, verb: null }
        : listed
          ? { action: listed.action, verb: null }
          : toll
            ? { action: toll, verb: null }
            : fronted
              ? { action: 'launched', verb: null }
              : own;
      if (!r || (num.article && !ownVerb(tokens, r.verb, q.first, np.last))) continue;
      if (np.defended && !airDefence(r)) continue;
      // "31 missiles, among them two Kinzhal ballistic missiles": a kind counted inside the same
      // launch is no second count of it, and would read as a conflict with every other source.
      const inside = base.part ? out.findLast((f) => !f.part) : undefined;
      const sameLaunch = inside !== undefined && np.cls !== 'people' && inside.cls === np.cls;
      if (sameLaunch && inside.action === r.action && namesKind(tokens, q.last + 1, np.last))
        continue;
      const ante = np.casualty ? out.findLast((f) => f.cls === 'people') : undefined;
      // "There are 35 wounded in hospitals": those in hospital now, not the toll.
      if (np.cls === 'people' && inHospital(tokens, np.last + 1)) r.action = 'hospitalized';
      // Written out, not spread: spreading cost more than the rest of building a figure.
      const fig: RawFigure = {
        value: base.value,
        first: base.first,
        last: base.last,
        phraseLast: base.phraseLast,
        part: base.part,
        cls: np.cls,
        action: r.action,
        group: np.group ?? ante?.group ?? null,
        side: np.side,
        verb: r.verb,
        antecedent: ante ?? null,
      };
      out.push(fig);
      // "the enemy attacked with 344 air attack vehicles: 325 Shahed-type UAVs …": the parts'
      // weapons name the launcher the whole left unsaid.
      if (colonWhole && base.part && !colonWhole.side && fig.side) colonWhole.side = fig.side;
      // "over 70 drones targeted the capital and were shot down": one number, two figures. Only
      // a verb after its number shares it: in "killed one person and wounded six" the verbs share
      // their subject, and each has its own number.
      const second = r.verb && r.verb.at > fig.last ? coordinatedVerb(tokens, r.verb) : null;
      if (second && compatible(np.cls, second)) {
        const action = outcome(tokens, second);
        if (action !== fig.action) out.push({ ...fig, action, verb: second });
      }
      continue;
    }
    // "injured nine people, four of them children": a part of the toll before, with its group.
    const grouped = partitive && !np ? groupOfPart(tokens, next, out, previous) : null;
    if (grouped) {
      out.push({ ...grouped, value: q.value, first: q.first, last: q.last, phraseLast: next });
      continue;
    }
    if (countsOtherThing(tokens, q.last + 1, q.value.n)) continue;
    const ante = out.findLast((f) => !f.part) ?? out.at(-1) ?? previous;
    const fig = elliptical(tokens, q.first, next, ante, out.length > 0);
    if (!fig) continue;
    // "13 missiles, four of which were ballistic": a part of the same launch, as above.
    const same = fig.antecedent === ante && ante !== null && ante.cls === fig.cls;
    const kindAfter = namesKind(tokens, next, next + 2);
    if (base.part && same && fig.cls !== 'people' && ante.action === fig.action && kindAfter)
      continue;
    out.push({
      value: base.value,
      first: base.first,
      last: base.last,
      phraseLast: base.phraseLast,
      part: base.part,
      cls: base.part && outgrows(fig, base.value) ? 'aerial' : fig.cls,
      action: fig.action,
      group: fig.group,
      side: fig.side,
      verb: fig.verb,
      antecedent: fig.antecedent,
    });
  }
  distributeRespectively(tokens, out);
  return dropCasualtyPartitives(tokens, dropTollIncrements(tokens, dropKindBreakdown(tokens, out)));
}

/**
 * "One of the injured later died", "10 of the injured are in moderate condition": a count out of
 * a toll that says what became of some of its people is no toll; compared with other sources'
 * tolls it would read as a conflict. "23 of those killed were inside the building" still counts.
 */
function dropCasualtyPartitives(tokens: readonly Token[], out: RawFigure[]): RawFigure[] {
  if (out.length === 0) return out;
  return out.filter((f) => {
    if (f.cls !== 'people' || tokens[f.last + 1]?.norm !== 'of') return true;
    const the = tokens[f.last + 2]?.norm;
    if (the !== 'the' && the !== 'those') return true;
    if (!NUMBER_OF_HEADS.has(tokens[f.last + 3]?.norm ?? '')) return true;
    for (let k = f.last + 4; k < tokens.length && k <= f.last + 3 + FATE_REACH; k++) {
      if (tokens[k]!.kind === 'punct') return true;
      if (CASUALTY_FATES.has(tokens[k]!.norm)) return false;
    }
    return true;
  });
}

/** Words between a partitive's people and what became of them: "of the injured later died". */
const FATE_REACH = 5;

/**
 * "The death toll has risen to 24 after another person died in hospital": the one who died raised
 * the toll before it; compared with other sources' tolls it would read as a conflict.
 */
function dropTollIncrements(tokens: readonly Token[], out: RawFigure[]): RawFigure[] {
  if (out.length === 0) return out;
  let toll: RawFigure | null = null;
  return out.filter((f) => {
    if (f.cls !== 'people') return true;
    // "the toll climbed after a man … died", "rose when two more people died"; not "the toll rose
    // as strikes killed 12 civilians", a new attack's dead.
    if ((f.value.n === 1 || increment(tokens, f)) && raisedTollBefore(tokens, f.first))
      return false;
    if (
      toll &&
      f.action === toll.action &&
      increment(tokens, f) &&
      causeBetween(tokens, toll.last + 1, f.first)
    )
      return false;
    if (!toll && f.verb === null && tollBefore(tokens, f.first) !== null) toll = f;
    return true;
  });
}

/**
 * "He said the toll climbed after a man born in 1960 died in hospital": a toll that moved with no
 * number of its own, and the people whose deaths moved it, named after "after" or "when".
 */
function raisedTollBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k > 0 && k >= first - RAISE_REACH; k--) {
    if (!CAUSE_CONJUNCTIONS.has(tokens[k]!.norm)) continue;
    const moved = tokens[k - 1]!;
    return TOLL_MOVES.has(moved.norm) && tokens[k - 2]?.norm === 'toll';
  }
  return false;
}

/** Words between "after" and the people whose deaths raised a toll: "after a man born in 1960". */
const RAISE_REACH = 4;

/**
 * Is the figure a count added to a toll: "another person", "two more people", "a further 3"? Not
 * "more than 150": a qualifier is no increment.
 */
function increment(tokens: readonly Token[], f: RawFigure): boolean {
  const first = tokens[f.first]!.norm;
  if (first === 'more' && tokens[f.first + 1]?.norm === 'than') return false;
  return (
    INCREMENT_WORDS.has(first) ||
    INCREMENT_WORDS.has(tokens[f.first - 1]?.norm ?? '') ||
    INCREMENT_WORDS.has(tokens[f.last + 1]?.norm ?? '')
  );
}

/** Is there an "after", "as" or "when" among tokens `from..to - 1`? */
function causeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CAUSE_CONJUNCTIONS.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "four of them children": the figure is part of the last toll, the people of the group the noun
 * names. Null when no toll comes before or the noun names no group.
 */
function groupOfPart(
  tokens: readonly Token[],
  next: number,
  out: readonly RawFigure[],
  previous: RawFigure | null,
): Omit<RawFigure, 'value' | 'first' | 'last' | 'phraseLast'> | null {
  const group = PEOPLE_NOUN.get(tokens[next]?.norm ?? '');
  if (!group) return null;
  const toll = out.findLast((f) => f.cls === 'people' && !f.part) ?? previous;
  if (toll?.cls !== 'people') return null;
  const { action, side } = toll;
  return { cls: 'people', action, group, side, verb: null, antecedent: toll, part: true };
}

/**
 * "up to 8 Iskander-M ballistic missiles and up to 11 Iskander-K cruise missiles": counts of two
 * kinds of one weapon side by side break a total down; neither is the total, and compared with
 * other sources' totals each would read as a conflict.
 */
function dropKindBreakdown(tokens: readonly Token[], out: RawFigure[]): RawFigure[] {
  if (out.length < 2) return out;
  // The kinds named per weapon and action; two different kinds make a breakdown. The same kind
  // twice ("11 Shaheds …, three more Shaheds") is two counts of one thing, no breakdown.
  const kinds = new Map<string, Set<string>>();
  const keys: (string | null)[] = [];
  for (const f of out) {
    const kinded =
      f.cls !== 'people' && f.cls !== 'aerial' && namesKind(tokens, f.last + 1, f.phraseLast);
    const key = kinded ? `${f.cls}.${f.action}` : null;
    keys.push(key);
    if (!key) continue;
    const seen = kinds.get(key) ?? new Set<string>();
    seen.add(kindWords(tokens, f.last + 1, f.phraseLast));
    kinds.set(key, seen);
  }
  if (![...kinds.values()].some((k) => k.size > 1)) return out;
  return out.filter((_, i) => {
    const key = keys[i];
    return !key || (kinds.get(key)?.size ?? 0) < 2;
  });
}
