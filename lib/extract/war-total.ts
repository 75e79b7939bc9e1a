/**
 * Tolls of the whole war: "The war has killed more than 10,000 civilians", "12,000 civilians have
 * been killed since the start of the full-scale invasion". Such a count belongs to no one day and
 * to no town of the day's attacks.
 *
 * @module
 */
import type { RawFigure } from './figures';
import type { Token } from './tokens';
import { SPEECH_VERBS } from './vocabulary/function-words';
import { WAR_SPANS, WAR_WORDS } from './vocabulary/attack-words';

/** How far a war noun may stand from the figure's verb: past "which began nearly three years ago". */
const WAR_REACH = 24;
/** Words between "since"/"in" and the war noun: "since the start of Russia's full-scale invasion". */
const SPAN_REACH = 9;

/** Is token `k` a war noun standing alone ("the war", not "war-torn")? */
function warNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!WAR_WORDS.has(t.norm)) return false;
  const next = tokens[k + 1];
  return !(next?.norm === '-' && next.start === t.end);
}

/** Does a word of {@link WAR_SPANS} stand within reach before the war noun at `k`? */
function spanned(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - SPAN_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.norm !== "'" && t.norm !== '’' && t.norm !== '-') return false;
    if (WAR_SPANS.has(t.norm)) return true;
  }
  return false;
}

/**
 * Is the casualty figure `f` a toll of the whole war? Its verb's subject is the war ("The
 * invasion has killed …"), or a span of the war bounds it ("… since the start of the war", "…
 * killed in the war").
 */
export function warTotal(tokens: readonly Token[], f: RawFigure): boolean {
  if (f.cls !== 'people') return false;
  const verb = f.verb?.at ?? f.first;
  // The subject: a war noun before the verb, not inside a phrase ("the biggest strike since the
  // start of the war, injuring five" is a count of one day).
  for (let k = verb - 1; k >= 0 && k >= verb - WAR_REACH; k--) {
    if (SPEECH_VERBS.has(tokens[k]!.norm)) break;
    if (warNoun(tokens, k) && !spanned(tokens, k) && tokens[k - 1]?.norm !== 'of') return true;
  }
  // A span after the figure, in its own clause: "killed since the start of the invasion", not
  // "killed two, the deadliest attack since the war began".
  for (let k = f.first + 1; k < tokens.length && k <= f.phraseLast + WAR_REACH; k++) {
    const w = tokens[k]!.norm;
    if (SPEECH_VERBS.has(w) || w === ',' || w === ';') break;
    if (warNoun(tokens, k) && spanned(tokens, k)) return true;
  }
  return false;
}
