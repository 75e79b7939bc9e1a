import type { Token } from './tokens';
import type { Casualty } from './vocabulary/actions';
import { NUMBER_OF_HEADS, NUMBER_OF_WHO, TOLL_HEADS, TOLL_VERBS } from './vocabulary/tolls';
import { CLAUSE_BREAKERS, SPEECH_VERBS } from './vocabulary/function-words';

/** How far back from its number a toll's head may stand: "the death toll from … rose to 28". */
const TOLL_REACH = 24;

/** "the number of (people, those) killed": a count of casualties named by what happened to them. */
function numberOf(tokens: readonly Token[], k: number): Casualty | null {
  const what = NUMBER_OF_HEADS.get(tokens[k]?.norm ?? '');
  if (!what) return null;
  let j = k - 1;
  if (NUMBER_OF_WHO.has(tokens[j]?.norm ?? '')) j--;
  return tokens[j]?.norm === 'of' && tokens[j - 1]?.norm === 'number' ? what : null;
}

/** A head word of a toll at token `k`, looking through "the number of dead". */
function tollHead(tokens: readonly Token[], k: number): Casualty | null {
  const counted = numberOf(tokens, k);
  if (counted) return counted;
  const w = tokens[k]?.norm ?? '';
  const head = TOLL_HEADS.get(w);
  if (head === undefined) return null;
  // "death toll", "injury toll", "toll of dead": the word before or after may say which toll.
  const before = TOLL_HEADS.get(`${tokens[k - 1]?.norm ?? ''} ${w}`);
  return before ?? head;
}

/**
 * The toll a bare number completes: "the death toll from Friday's strike on Odesa rose to 11",
 * "toll climbs to 28", "raising the death toll from the attack to 28", "the number of injured
 * stands at 50". Returns which casualty it counts, or `null` when the number is no toll's.
 */
export function tollBefore(tokens: readonly Token[], first: number): Casualty | null {
  let k = first - 1;
  const linked = tokens[k]?.norm === 'to' || tokens[k]?.norm === 'at';
  if (linked) k--;
  // "rose to N", "reached N": a toll verb links the number; "raising the toll … to N": the verb
  // comes first.
  const verbFirst = !TOLL_VERBS.has(tokens[k]?.norm ?? '');
  if (verbFirst && !linked) return null;
  if (!verbFirst) k--;
  for (let j = k; j >= 0 && j >= first - TOLL_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.norm !== '-' && t.norm !== ',') return null;
    if (CLAUSE_BREAKERS.has(t.norm) || SPEECH_VERBS.has(t.norm)) return null;
    const head = tollHead(tokens, j);
    if (head === null) continue;
    if (!verbFirst) return head;
    // "raising the death toll … to 28": a toll verb governs the toll from before it.
    let v = j - 1;
    if (tokens[v]?.norm === 'death' || tokens[v]?.norm === 'injury') v--;
    if (tokens[v]?.norm === 'the') v--;
    return TOLL_VERBS.has(tokens[v]?.norm ?? '') ? head : null;
  }
  return null;
}
