import type { RawFigure } from './figures';
import { opposite, SIDE_WORDS, type Side } from './sides';
import type { Token } from './tokens';

/** What else the sentence tells about a figure, beyond its own words. */
export interface AttackerClues {
  /** The side of the place the figure happened in, when the text names one. */
  placeSide: Side | null;
  /** The side of whoever reported the figure. */
  reporterSide: Side | null;
  /** The attacker already decided for the figure this one continues. */
  antecedent: Side | null;
}

const LAUNCHING = new Set(['launched', 'hit']);
const LOCATIVES = new Set([
  'in',
  'over',
  'on',
  'at',
  'near',
  'across',
  'into',
  'toward',
  'towards',
  'of',
]);

/** "Russia launched 728 drones", "Ukraine's air force shot down 40": the verb's subject's side. */
function subjectSide(tokens: readonly Token[], f: RawFigure): Side | null {
  const verb = f.verb;
  if (!verb || verb.at > f.first) return null;
  for (let k = verb.at - 1; k >= 0 && k >= verb.at - 12; k--) {
    const side = SIDE_WORDS[tokens[k]!.norm];
    // "killed 31 people in Kyiv and wounded 150": a place named after a preposition is no subject.
    if (side && !LOCATIVES.has(tokens[k - 1]?.norm ?? '')) return side;
  }
  return null;
}

/**
 * The side that launched the weapons or caused the casualties (CLAIMS.md section 3), from the
 * strongest clue present: the figure's own words ("Ukrainian drones", "Shaheds"), the subject of
 * its verb, the place it happened, who reported it, and the figure it continues.
 */
export function attackerOf(
  tokens: readonly Token[],
  f: RawFigure,
  clues: AttackerClues,
): Side | null {
  if (f.side) return f.cls === 'people' ? opposite(f.side) : f.side;
  const subject = subjectSide(tokens, f);
  // "Ukrainian drones killed two people": whoever kills is the attacker; whoever downs, the defender.
  if (subject) return f.cls === 'people' || LAUNCHING.has(f.action) ? subject : opposite(subject);
  if (clues.antecedent) return clues.antecedent;
  if (clues.placeSide) return opposite(clues.placeSide);
  // Each side reports what was launched at it, what it downed and whom it lost.
  if (clues.reporterSide) return opposite(clues.reporterSide);
  return null;
}
