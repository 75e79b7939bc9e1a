/** Words that tell who attacked: launching verbs, attack nouns, the clauses a cause sits in. */

import { CAUSE_CONJUNCTIONS } from './place-words';

/** Verbs whose subject launched the weapons or caused the casualties; others defend. */
export const LAUNCHING: ReadonlySet<string> = new Set(['launched', 'hit']);

/** Words that put a side word inside a phrase that is not the subject: "attack on Russia". */
export const SIDE_PREPOSITIONS: ReadonlySet<string> = new Set([
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
  'against',
  'from',
  'inside',
  'to',
  'around',
  'for',
  'with',
  'by',
  'than',
  // The objects of attack verbs are targets, not subjects: "hit the Ukrainian city".
  'hit',
  'struck',
  'attacked',
  'targeted',
  'targeting',
  'pounded',
  'bombarded',
  'battered',
  'pummelled',
  'pummeled',
  'hammered',
  'shelled',
  'during',
  'amid',
  'after',
]);

/** Articles between a preposition and the side word it governs: "during a Russian airstrike". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Nouns for what attacks: "a Russian missile strike", "Russian glide bombs", "Ukrainian shelling". */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set([
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'attack',
  'attacks',
  'assault',
  'barrage',
  'bombardment',
  'shelling',
  'raid',
  'missile',
  'missiles',
  'drone',
  'drones',
  'bomb',
  'bombs',
  'shell',
  'shells',
  'rocket',
  'rockets',
  'forces',
  'troops',
  'army',
]);

/**
 * Participles that make a side word before them ("Russian-occupied", "Moscow-installed") describe
 * who holds a place or appointed an official, not who attacked or who speaks.
 */
export const HOLDING_PARTICIPLES: ReadonlySet<string> = new Set([
  'occupied',
  'controlled',
  'held',
  'installed',
  'annexed',
  'appointed',
]);

/**
 * Verbs that make an attack noun their object and its subject the attacker: "Russia launched a
 * massive attack with 100 drones", "Moscow carried out a combined strike with …". Keyed by their
 * last word ("out" of "carried out"); `SUPPORT_VERB_PARTICLES` says what must stand before it.
 */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  'launched',
  'launches',
  'launch',
  'unleashed',
  'unleashes',
  'staged',
  'stages',
  'mounted',
  'mounts',
  'conducted',
  'conducts',
  'out',
]);

/** "carried out": a particle among `SUPPORT_VERBS` is one only after one of these. */
export const SUPPORT_VERB_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['out', new Set(['carried', 'carries', 'carry'])],
]);

/** Words an attack noun may stand apart from its support verb by: "launched a record-breaking". */
export const SUPPORT_VERB_REACH = 5;

/**
 * Words that open the clause of a cause, where its attacker is named: "killed when a Russian
 * missile hit a bus", "killed in a Russian strike".
 */
export const CAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...CAUSE_CONJUNCTIONS,
  'in',
  'during',
  'from',
  'by',
]);

/** Conjunctions that open a clause of their own after a comma. */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'yet']);

/**
 * Capitals that also name their side ("Kyiv said", "Moscow launched"). Before an attack noun they
 * name its target, as headlines write it: "Kyiv attack kills 3", "Moscow strike".
 */
export const SIDE_CAPITALS: ReadonlySet<string> = new Set(['kyiv', 'kiev', 'moscow']);

/** Nouns for the whole war: a toll they caused is counted since it began, not on one day. */
export const WAR_WORDS: ReadonlySet<string> = new Set(['war', 'invasion', 'conflict']);

/** Words before a war noun that place a toll within the whole war: "killed in the war". */
export const WAR_SPANS: ReadonlySet<string> = new Set(['since', 'in', 'during', 'throughout']);

/** Words that may stand between a span word and the war: "since the start of the full-scale war". */
export const WAR_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'its',
  'their',
  'this',
  'start',
  'beginning',
  'outbreak',
  'of',
  'full',
  'scale',
  '-',
  'all-out',
  'large',
  'russian',
  'ukrainian',
]);
