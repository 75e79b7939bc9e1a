import type { Action } from '../claims/mention';
import type { FigureClass, NounPhrase } from './noun-phrase';
import {
  finiteVerbLater,
  isBreak,
  phraseAt,
  verbAfter,
  verbBefore,
  verbLater,
  type ActionHit,
} from './phrases';
import { byLastWord } from './phrase-trie';
import { ageEnd } from './ages';
import type { Token } from './tokens';
import type { Casualty } from './vocabulary/actions';
import { AUXILIARIES, PART_CUES, VERB_FILLERS } from './vocabulary/function-words';
import { CLAUSE_OPENING_MARKS, PARTITIVE_DETERMINERS } from './vocabulary/figure-words';
import { TOLL_LINKS } from './vocabulary/tolls';
import { COUNTRY_DETERMINERS, COUNTRY_NOUNS, WHOLE_COUNTRIES } from './vocabulary/place-words';

/** The action a figure's verb gives it. */
export interface FigureAction {
  action: Action | Casualty;
  verb: ActionHit | null;
}

/** Can this action phrase tell what happened to this kind of thing? */
export function compatible(cls: FigureClass, hit: ActionHit | null): hit is ActionHit {
  if (!hit) return false;
  return cls === 'people' ? hit.phrase.casualty !== undefined : hit.phrase.action !== undefined;
}

/** How far after a downing verb its electronic-warfare agent may stand. */
const EW_REACH = 8;

/** "downed by electronic warfare", "jammed by EW": lost to jamming, not shot down. */
function byElectronicWarfare(tokens: readonly Token[], hit: ActionHit): boolean {
  const from = hit.at + hit.length;
  for (let k = from; k < tokens.length && k < from + EW_REACH; k++) {
    const w = tokens[k]!.norm;
    if (w === 'electronic' && tokens[k + 1]?.norm === 'warfare') return true;
    if (w === 'ew') return true;
    // "60 were downed and 25 were lost to electronic warfare": another count, or another verb,
    // begins a clause of its own.
    if (tokens[k]!.kind !== 'word' || phraseAt(tokens, k)) return false;
  }
  return false;
}

/**
 * "800 drones strike Ukraine", "250 drones had hit his country": an attack verb whose object is a
 * whole country says the weapons were sent against it, not where they landed.
 */
function strikesWholeCountry(tokens: readonly Token[], hit: ActionHit): boolean {
  const k = hit.at + hit.length;
  const w = tokens[k]?.norm ?? '';
  if (WHOLE_COUNTRIES.has(w)) return true;
  return COUNTRY_DETERMINERS.has(w) && COUNTRY_NOUNS.has(tokens[k + 1]?.norm ?? '');
}

/** The action an action phrase names, read in its sentence. */
export function outcome(tokens: readonly Token[], hit: ActionHit): Action | Casualty {
  if (hit.neutralized) return 'neutralized';
  if (hit.phrase.action === 'downed' && byElectronicWarfare(tokens, hit)) return 'suppressed';
  if (hit.phrase.action === 'hit' && hit.phrase.attack && strikesWholeCountry(tokens, hit))
    return 'launched';
  return hit.phrase.action ?? hit.phrase.casualty!;
}

/** {@link PART_CUES} by their last word (see {@link byLastWord}). */
const PART_CUES_BY_LAST = byLastWord(PART_CUES, (words) => words, 'A part cue');

/** "including 23", "of which 12", "Of the total, 30": the number counts part of a figure before. */
export function cueBefore(tokens: readonly Token[], first: number): boolean {
  let end = first;
  if (tokens[end - 1]?.norm === ',') end--;
  const last = tokens[end - 1];
  const cues = last ? PART_CUES_BY_LAST.get(last.norm) : undefined;
  if (!cues) return false;
  // Plain loops: this runs for every number, and closures per cue were most of its cost.
  for (const words of cues) {
    const from = end - words.length;
    let k = 0;
    while (k < words.length && tokens[from + k]?.norm === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/**
 * "Of the 479 drones, 460 were shot down", "Out of 40 missiles, …": a whole put before its parts.
 * The number counts what the parts were taken from, usually the launched count; its phrase has no
 * verb of its own, so nothing else would read it.
 */
export function frontedWhole(tokens: readonly Token[], first: number): boolean {
  const k = ofBefore(tokens, first);
  return k === 0 || (k > 0 && CLAUSE_OPENING_MARKS.has(tokens[k - 1]!.norm));
}

/**
 * Where the "of" or "out of" that takes a whole stands before the number at `first`, past "the",
 * "these", …: "40 of the 55", "Out of 40 missiles". -1 when none does.
 */
export function ofBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (PARTITIVE_DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm !== 'of') return -1;
  return tokens[k - 1]?.norm === 'out' ? k - 1 : k;
}

/**
 * "Of the 40 drones shot down, 12 were over Kursk": the number right after a fronted whole's comma
 * counts a part of it, as after "Of these,".
 */
export function afterFrontedWhole(
  tokens: readonly Token[],
  first: number,
  whole: { first: number; last: number } | null,
): boolean {
  if (!whole || tokens[first - 1]?.norm !== ',' || !frontedWhole(tokens, whole.first)) return false;
  for (let k = whole.last + 1; k < first - 1; k++) if (isBreak(tokens[k]!)) return false;
  return true;
}

/** Only fillers between an action phrase and the number: "killed 3", "killing at least 12". */
export function adjacent(tokens: readonly Token[], hit: ActionHit, first: number): boolean {
  const links = hit.phrase.nominal ? TOLL_LINKS : VERB_FILLERS;
  for (let k = hit.at + hit.length; k < first; k++) {
    const w = tokens[k]!.norm;
    if (!links.has(w) && !VERB_FILLERS.has(w)) return false;
  }
  return true;
}

/**
 * "43 people had been placed in temporary housing": the figure's own clause goes on with a verb
 * that is no action of CLAIMS.md, so a verb before it ("three were hospitalised and 43 …") is
 * another clause's.
 */
function ownOtherPredicate(tokens: readonly Token[], next: number): boolean {
  // "a man aged 58": an age, not a past tense of the person's own.
  if (ageEnd(tokens, next) >= 0) return false;
  let k = next;
  let aux = false;
  while (tokens[k] && (AUXILIARIES.has(tokens[k]!.norm) || VERB_FILLERS.has(tokens[k]!.norm))) {
    if (phraseAt(tokens, k)) return false;
    aux ||= AUXILIARIES.has(tokens[k]!.norm);
    k++;
  }
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || t.norm === 'not' || phraseAt(tokens, k)) return false;
  // "194 people received psychological help": a past tense of its own, no auxiliary needed.
  return aux || (k === next && t.norm.endsWith('ed'));
}

/** Where the figure's own clause starts: a number that opens it is its verb's subject. */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return !before || before.norm === ',' || before.norm === ':' || before.norm === ';';
}

/** How a figure's number sits in its sentence, for choosing among the verbs around it. */
export interface ActionContext {
  /** "40 of the 55 drones": the number counts part of a whole named after it. */
  part: boolean;
  /** "40 of the 55 drones": the 55 is the whole, usually the launched count. */
  total: boolean;
  /**
   * The verb before the figure listed right before this one ("downs 18 drones, 1 missile
   * launched by Russia"), which a listed figure with only a participle of its own shares.
   */
  listVerb?: ActionHit | null;
}

/**
 * What happened to the things a noun phrase counts: its own noun ("12 dead"), the finite verb
 * after it ("were shot down"), the verb before it ("shot down 40 drones"), or a verb further on
 * ("751 drones and four missiles were intercepted"). A participle after the phrase ("drones
 * targeting Moscow") only modifies it, so a verb before wins over it.
 */
export function resolveAction(
  tokens: readonly Token[],
  np: NounPhrase,
  first: number,
  next: number,
  ctx: ActionContext,
): FigureAction | null {
  if (np.casualty) return { action: np.casualty, verb: null };
  if (np.hit) return { action: 'hit', verb: null };
  const cls = np.cls;
  const after = verbAfter(tokens, next);
  const finite = compatible(cls, after) && !after.phrase.progressive;
  if (finite && !ctx.total && !after.phrase.finite && bare(tokens, next, after)) {
    // "15 of the 18 missiles launched had been destroyed", "14 drones launched by Ukraine were
    // downed": a participle with no auxiliary modifies the phrase; the clause's verb comes later.
    const main = finiteVerbLater(tokens, after.at + after.length);
    if (compatible(cls, main)) return found(tokens, main);
    if (compatible(cls, ctx.listVerb ?? null)) return found(tokens, ctx.listVerb!);
    // "shot down all 14 Russian drones fired in an overnight attack": the verb before governs
    // the number it stands next to.
    const before = verbBefore(tokens, first - 1, acceptFor(cls));
    if (before && adjacent(tokens, before, first)) return found(tokens, before);
  }
  // "destroyed 62 of 145 drones launched by Moscow": the participle is the whole's, the verb the
  // part's. Elsewhere the verb before is looked for only when needed: it is the costliest search.
  const before = ctx.part || !finite ? verbBefore(tokens, first - 1, acceptFor(cls)) : null;
  if (ctx.part && before) return found(tokens, before);
  // "59 out of 76 missiles were destroyed": the whole the part was taken from was launched.
  if (ctx.total) return { action: 'launched', verb: null };
  if (finite) return found(tokens, after);
  const later = verbLater(tokens, next);
  if (opensClause(tokens, first) && compatible(cls, later)) return found(tokens, later);
  // "Hits by 14 drones were recorded": the verb right before governs the number, whatever follows.
  if (before && adjacent(tokens, before, first)) return found(tokens, before);
  // "Hits by 13 missiles and 32 drones were recorded": a noun that names the action governs the
  // whole list after it, whatever verb the list then has.
  if (ctx.listVerb?.phrase.nominal && compatible(cls, ctx.listVerb))
    return found(tokens, ctx.listVerb);
  if (ownOtherPredicate(tokens, next)) return null;
  if (before) return found(tokens, before);
  if (compatible(cls, after)) return found(tokens, after);
  if (compatible(cls, later)) return found(tokens, later);
  return null;
}

/** Is the verb after a phrase a participle alone, with no auxiliary before it ("drones fired")? */
function bare(tokens: readonly Token[], next: number, verb: ActionHit): boolean {
  for (let k = next; k < verb.at; k++) if (AUXILIARIES.has(tokens[k]!.norm)) return false;
  return !AUXILIARIES.has(tokens[verb.at]!.norm);
}

function found(tokens: readonly Token[], hit: ActionHit): FigureAction {
  return { action: outcome(tokens, hit), verb: hit };
}

const ACCEPT_PEOPLE = (h: ActionHit): boolean => h.phrase.casualty !== undefined;
const ACCEPT_WEAPONS = (h: ActionHit): boolean => h.phrase.action !== undefined;

/** The test a verb before a figure must pass, made once per class rather than per figure. */
function acceptFor(cls: FigureClass): (h: ActionHit) => boolean {
  return cls === 'people' ? ACCEPT_PEOPLE : ACCEPT_WEAPONS;
}
