import { isAdjacent } from './date-calendar';
import type { Token } from './tokens';
import { HOLDING_PARTICIPLES } from './vocabulary/attack-words';

/** The two sides; a figure's attacker is one of them. */
export type Side = 'RU' | 'UA';

/**
 * Is the side word at `k` the first half of a compound that says who holds a place or installed
 * an official ("the Russian-occupied city of Donetsk", "the Moscow-installed mayor")? Such a word
 * names neither an attacker nor a speaker.
 */
export function holdingCompound(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k + 1];
  const participle = tokens[k + 2];
  return (
    dash?.norm === '-' &&
    isAdjacent(tokens[k], dash) &&
    isAdjacent(dash, participle) &&
    HOLDING_PARTICIPLES.has(participle!.norm)
  );
}

/** The other side. */
export function opposite(side: Side): Side {
  return side === 'RU' ? 'UA' : 'RU';
}

/** Words that name a side as an actor: "Russia launched", "Kyiv's forces", "the Kremlin". */
export const SIDE_WORDS: Readonly<Record<string, Side>> = {
  russia: 'RU',
  "russia's": 'RU',
  russian: 'RU',
  russians: 'RU',
  moscow: 'RU',
  "moscow's": 'RU',
  kremlin: 'RU',
  ukraine: 'UA',
  "ukraine's": 'UA',
  ukrainian: 'UA',
  ukrainians: 'UA',
  kyiv: 'UA',
  "kyiv's": 'UA',
  kiev: 'UA',
  "kiev's": 'UA',
};

/**
 * Side adjectives: after a preposition they still name who acted ("killed in a Russian strike",
 * "wounded by Ukrainian drones"), where a country's name would be a place ("killed in Ukraine").
 */
export const SIDE_ADJECTIVES: Readonly<Record<string, Side>> = {
  russian: 'RU',
  ukrainian: 'UA',
};

/** The side a place belongs to, from its ISO code ("RU-MOS" → RU); seas belong to neither. */
export function sideOfCode(code: string | null | undefined): Side | null {
  if (!code) return null;
  if (code.startsWith('RU')) return 'RU';
  if (code.startsWith('UA')) return 'UA';
  return null;
}
