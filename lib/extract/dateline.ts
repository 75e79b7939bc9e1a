import type { Token } from './tokens';
import { DATELINE_ENDS } from './vocabulary/dates';

/** How far a dateline may run: "KYIV, Ukraine — (AP) —" is a few tokens. */
const DATELINE_REACH = 12;

function isStampToken(t: Token): boolean {
  return t.kind === 'num' || t.norm === '-' || t.norm === 'date';
}

function allCaps(t: Token): boolean {
  return t.kind === 'word' && t.raw.length >= 3 && t.raw === t.raw.toUpperCase();
}

/**
 * The number of tokens a sentence's dateline takes ("KYIV (AP) —", "MOSCOW, March 11 (Reuters)
 * –", "Kyiv: …"), or 0. A dateline says where the reporter filed from, not where anything
 * happened or who acted, so its place and its city's side are no part of the sentence's meaning.
 */
export function datelineLength(tokens: readonly Token[]): number {
  let k = 0;
  // Some page texts open with a machine stamp: "date 2025-06-29 KYIV: …".
  while (k < tokens.length && k < 6 && isStampToken(tokens[k]!)) k++;
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !first.capital) return 0;
  const next = tokens[k + 1]?.norm ?? '';
  // "Kyiv: Russia launched …": a name and a colon.
  if (next === ':' || ((next === '—' || next === '–') && allCaps(first))) return k + 2;
  if (!allCaps(first)) return agencyDateline(tokens, k);
  let after = k + 1;
  while (tokens[after] && allCaps(tokens[after]!)) after++;
  const mark = tokens[after]?.norm ?? '';
  if (mark !== ',' && mark !== '(' && !DATELINE_ENDS.has(mark)) return 0;
  for (let j = after; j < tokens.length && j <= k + DATELINE_REACH; j++) {
    if (DATELINE_ENDS.has(tokens[j]!.norm)) {
      // "KYIV, Ukraine — (AP) —": a second mark right after an agency's name belongs to it too.
      let end = j + 1;
      if (tokens[end]?.norm === '(' && tokens[end + 2]?.norm === ')') {
        end += 3;
        if (DATELINE_ENDS.has(tokens[end]?.norm ?? '')) end++;
      }
      return end;
    }
  }
  return 0;
}

/**
 * A dateline written in mixed case is told by its agency in brackets before the dash: "Kyiv,
 * Ukraine (CNN) —", "Kharkiv, May 5 (Reuters) -". Only names, dates and commas may stand before
 * it, so "Russia (in a statement) -" is no dateline. Returns its length from `k`, or 0.
 */
function agencyDateline(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + DATELINE_REACH; j++) {
    const t = tokens[j]!;
    if (t.norm === '(') {
      const agency = tokens[j + 1];
      const shut = tokens[j + 2]?.norm === ')';
      const end = tokens[j + 3]?.norm ?? '';
      return agency?.capital && shut && DATELINE_ENDS.has(end) ? j + 4 : 0;
    }
    if (t.norm !== ',' && t.kind !== 'num' && !(t.kind === 'word' && t.capital)) return 0;
  }
  return 0;
}
