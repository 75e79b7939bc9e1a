/**
 * Tolls of the whole war: "The war has killed more than 10,000 civilians", "12,000 civilians have
 * been killed since the start of the full-scale invasion". Such a count belongs to no one day and
 * to no town of the day's attacks.
 *
 * @module
 */
import type { RawFigure } from './figures';
import type { Token } from './tokens';
import { CLAUSE_BREAKERS, RELATIVE_PRONOUNS, SPEECH_VERBS } from './vocabulary/function-words';
import { WAR_PHRASE_WORDS, WAR_SPANS, WAR_WORDS } from './vocabulary/attack-words';

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

/**
 * Does a word of {@link WAR_SPANS} govern the war noun at `k`, with only its phrase's words
 * between: "since the start of Russia's full-scale invasion", "in the war"?
 */
function spanned(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - SPAN_REACH; j--) {
    const w = tokens[j]!.norm;
    if (WAR_SPANS.has(w)) return true;
    if (!WAR_PHRASE_WORDS.has(w) && !w.endsWith("'s")) return false;
  }
  return false;
}

/**
 * The comma that opens a relative clause closed by the comma at `close` ("The war, which began
 * three years ago, has killed …"), or -1.
 */
function relativeOpen(tokens: readonly Token[], close: number): number {
  for (let j = close - 1; j > 0 && j >= close - WAR_REACH; j--) {
    if (tokens[j]!.norm !== ',') continue;
    return RELATIVE_PRONOUNS.has(tokens[j + 1]?.norm ?? '') ? j : -1;
  }
  return -1;
}

/**
 * Is the casualty figure `f` a toll of the whole war? Its verb's subject is the war ("The
 * invasion has killed …"), or a span of the war bounds it in its own clause ("… since the start of
 * the war", "… killed in the war").
 */
export function warTotal(tokens: readonly Token[], f: RawFigure): boolean {
  if (f.cls !== 'people') return false;
  const verb = f.verb?.at ?? f.first;
  // The subject, back to where the verb's clause begins (past a relative clause between commas):
  // not "As the war enters its fourth year, a strike killed 20", nor "War: a strike kills 3".
  for (let k = verb - 1; k >= 0 && k >= verb - WAR_REACH; k--) {
    const w = tokens[k]!.norm;
    if (w === ',') {
      const open = relativeOpen(tokens, k);
      if (open < 0) break;
      k = open;
      continue;
    }
    if (SPEECH_VERBS.has(w) || CLAUSE_BREAKERS.has(w)) break;
    if (warNoun(tokens, k) && !spanned(tokens, k) && tokens[k - 1]?.norm !== 'of') return true;
  }
  // A span after the figure, in its own clause: "killed since the start of the invasion", not
  // "killed two, the deadliest attack since the war began" nor "killed as Russia pressed its war".
  for (let k = f.first + 1; k < tokens.length && k <= f.phraseLast + WAR_REACH; k++) {
    const w = tokens[k]!.norm;
    if (SPEECH_VERBS.has(w) || w === ',') break;
    if (CLAUSE_BREAKERS.has(w) && !WAR_SPANS.has(w)) break;
    if (warNoun(tokens, k) && spanned(tokens, k)) return true;
  }
  return false;
}
