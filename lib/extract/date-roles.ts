import { SPEECH_VERBS } from './vocabulary/speakers';
import type { DateHit } from './dates';
import type { Token } from './tokens';
import { SPEECH_GAP, COUNT_MARKERS, TIME_WORDS } from './vocabulary/dates';
import { TOLL_MOVES } from './vocabulary/tolls';
import { isCountWord } from './numbers';

/**
 * What a date in a sentence dates. `event`: the thing that happened ("overnight", "Friday's
 * attack", "on the night of 27-28 August"). `speech`: when someone spoke ("the governor said
 * Saturday", "the ministry reported on Nov. 10"): a toll given on Saturday may be Friday's. `count`:
 * when a running count was read ("as of 01:27 a.m. on August 29", "by Tuesday midday"): the toll
 * belongs to the attack, not to the hour of the count. `stamp`: a machine date in running text
 * ("2025-07-18"), a timestamp or dateline, which only stands in when nothing else dates the report.
 */
export type DateRole = 'event' | 'speech' | 'count' | 'stamp';

/** A date hit of a sentence with its role. */
export interface RoledDate extends DateHit {
  role: DateRole;
}

const SPEECH_GAP_REACH = 4;

const COUNT_REACH = 8;

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isStamp(sentence: string, hit: DateHit): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(sentence.slice(hit.start, hit.end));
}

/** "As of 01:27 a.m. on August 29", "by Tuesday midday": the hit is a count's time. */
function isCountTime(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - COUNT_REACH; k--) {
    const t = tokens[k]!;
    const w = t.norm;
    if (COUNT_MARKERS.has(w)) {
      if (w === 'of') return tokens[k - 1]?.norm === 'as';
      if (w === 'at') return tokens[k - 1]?.norm === 'as';
      return true;
    }
    if (t.kind !== 'num' && !TIME_WORDS.has(w)) return false;
  }
  return false;
}

/** Words between a toll's verb and the day it moved on: "rose to 14 people on Tuesday". */
const RISE_REACH = 5;

/**
 * "The death toll … rose to five on Tuesday": the day a toll moved is when it was counted; the
 * people it counts were killed in the attack, whose day the report gives elsewhere.
 */
function isTollMoveTime(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.norm === 'on') k--;
  for (let n = 0; n < RISE_REACH && k > 0; n++, k--) {
    const t = tokens[k]!;
    if (t.norm === 'to') return isCountWord(tokens[k + 1]) && TOLL_MOVES.has(tokens[k - 1]!.norm);
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** "said Saturday", "reported on Nov. 10", "wrote on social media on Saturday". */
function isSpeechTime(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 1 - SPEECH_GAP_REACH; k--) {
    const w = tokens[k]!.norm;
    if (SPEECH_VERBS.has(w)) return true;
    if (!SPEECH_GAP.has(w)) return false;
  }
  return false;
}

/** Gives each date hit of a sentence its role (see {@link DateRole}). */
export function roleDates(
  sentence: string,
  tokens: readonly Token[],
  hits: readonly DateHit[],
): RoledDate[] {
  return hits.map((h) => roled(h, roleOf(sentence, tokens, h)));
}

function roleOf(sentence: string, tokens: readonly Token[], h: DateHit): DateRole {
  if (isStamp(sentence, h)) return 'stamp';
  const first = tokenIndexAt(tokens, h.start);
  if (isCountTime(tokens, first) || isTollMoveTime(tokens, first)) return 'count';
  if (isSpeechTime(tokens, first)) return 'speech';
  return 'event';
}

/** `h` with its role; its fields written out in their order, as a spread is slow. */
function roled(h: DateHit, role: DateRole): RoledDate {
  return { start: h.start, end: h.end, date: h.date, kind: h.kind, role };
}
