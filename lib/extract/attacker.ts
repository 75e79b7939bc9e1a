import type { RawFigure } from './figures';
import { holdingCompound, opposite, type Side } from './sides';
import { inClass, wordClass } from './phrase-trie';
import { phraseAt, phraseEndingAt } from './phrases';
import { PLACE_MODIFIERS, PLACE_NOUNS } from './vocabulary/place-words';
import type { Token } from './tokens';
import { CLAUSE_BREAKERS, DENIALS, SPEECH_VERBS } from './vocabulary/function-words';
import {
  LAUNCHING,
  SIDE_PREPOSITIONS,
  ATTACK_NOUNS,
  CAUSE_OPENERS,
  CLAUSE_CONJUNCTIONS,
  ARTICLES,
  SIDE_CAPITALS,
  SUPPORT_VERBS,
  SUPPORT_VERB_PARTICLES,
  SUPPORT_VERB_REACH,
} from './vocabulary/attack-words';
import { SIDE_WORD, SIDE_ADJECTIVE, WEAPON_NOUN } from './word-lookup';

/** Words a side adjective may stand apart from its attack noun by: "Russian April 13 missile strike". */
const ATTACK_NOUN_REACH = 5;

/** A subject is looked for this far back from its verb. */
const SUBJECT_REACH = 30;
/** An agent ("by Russia", "in a Russian strike") is looked for this far after its verb. */
const AGENT_REACH = 14;

/** Where a clause begins, looking back from a verb: a speech verb, "that", a subordinator. */
/** Speech verbs and clause breakers, tested on many tokens: one bit test each. */
const BOUNDARY_CLASS = wordClass(new Set([...SPEECH_VERBS, ...CLAUSE_BREAKERS]));

function clauseBoundary(t: Token): boolean {
  return inClass(t, BOUNDARY_CLASS);
}

/** Words a place's modifiers may take before the place: "in north-eastern Ukraine". */
const MODIFIER_REACH = 4;

function inPhrase(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  // "in north-eastern Ukraine", "in occupied Crimea": past the place's modifiers.
  while (j >= k - MODIFIER_REACH && isPlaceModifier(tokens[j])) j--;
  // "during a Russian airstrike", "on the Ukrainian city": past the article.
  if (ARTICLES.has(tokens[j]?.norm ?? '')) j--;
  return SIDE_PREPOSITIONS.has(tokens[j]?.norm ?? '');
}

/** A place's modifier, or the hyphen of one ("north-eastern"); not a side's own adjective. */
function isPlaceModifier(t: Token | undefined): boolean {
  if (!t) return false;
  return t.norm === '-' || (PLACE_MODIFIERS.has(t.norm) && !SIDE_ADJECTIVE.has(t.norm));
}

/**
 * "Russia launched 728 drones", "A Russian missile attack on Kryvyi Rih, Ukraine, has killed 12",
 * "Ukrainian officials said the strike killed 34": the side that opens the verb's own clause,
 * passing over sides inside prepositional phrases and the speakers of an outer clause.
 */
export function subjectSide(
  tokens: readonly Token[],
  verbAt: number,
  progressive = false,
): Side | null {
  let start = verbAt;
  let depth = 0;
  // No punctuation yet between the verb and the token looked at.
  let unbroken = true;
  for (let k = verbAt - 1; k >= 0 && k >= verbAt - SUBJECT_REACH; k--) {
    const t = tokens[k]!;
    // A parenthesis ("Ukraine on Tuesday (September 10) targeted …") is passed over whole.
    if (t.norm === ')') depth++;
    else if (t.norm === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // "…, firing 800 drones": a participle's subject is its main clause's, back to any speaker.
      if (progressive ? SPEECH_VERBS.has(t.norm) || t.norm === ';' : clauseBoundary(t)) break;
      // "…, with air defences destroying 28": the participle has a subject of its own.
      if (progressive && unbroken && t.norm === 'with') break;
      // "Russia launched 120 drones, and air defences downed 101": a second clause.
      if (!progressive && t.norm === ',' && CLAUSE_CONJUNCTIONS.has(tokens[k + 1]?.norm ?? ''))
        break;
    }
    if (t.kind === 'punct') unbroken = false;
    start = k;
  }
  for (let k = start; k < verbAt; k++) {
    const side = SIDE_WORD.get(tokens[k]!.norm);
    if (side && !inPhrase(tokens, k) && !attackedCapital(tokens, k) && !holdingCompound(tokens, k))
      return side;
  }
  return null;
}

/** "Kyiv attack kills 3": a capital before an attack noun is where the attack fell. */
function attackedCapital(tokens: readonly Token[], k: number): boolean {
  return SIDE_CAPITALS.has(tokens[k]!.norm) && ATTACK_NOUNS.has(tokens[k + 1]?.norm ?? '');
}

/** The side of "by Russia", "by the Ukrainian military" at token `k`, or `null`. */
function byAgent(tokens: readonly Token[], k: number): Side | null {
  if (tokens[k]?.norm !== 'by') return null;
  const next = tokens[k + 1]?.norm === 'the' ? tokens[k + 2] : tokens[k + 1];
  return SIDE_WORD.get(next?.norm ?? '') ?? null;
}

/**
 * The agent after a passive or intransitive verb: "launched by Russia", "killed in a Russian
 * strike", "wounded by Ukrainian drones". Country names after a preposition are places ("killed in
 * Ukraine"), so only "by" takes a country; other phrases need the side's adjective.
 */
function agentSide(tokens: readonly Token[], from: number): Agent | null {
  for (let k = from; k < tokens.length && k < from + AGENT_REACH; k++) {
    const t = tokens[k]!;
    if (clauseBoundary(t) || (t.kind === 'punct' && t.norm !== '-')) return null;
    const side = byAgent(tokens, k);
    // "missiles used by Russia": the agent of a launching participle launched them.
    if (side) return { side, launcher: launchedBy(tokens, k) };
    const adjective = SIDE_ADJECTIVE.get(t.norm);
    // "struck … in the central Ukrainian region of Cherkasy": a place, not who struck.
    if (adjective && !PLACE_NOUNS.has(tokens[k + 1]?.norm ?? '') && !holdingCompound(tokens, k)) {
      // "downed 42 drones in Russian attacks": the side of an attack is its attacker.
      return { side: adjective, launcher: attackNounSide(tokens, k) !== null };
    }
  }
  return null;
}

/** The side an agent phrase names, and whether it names the launcher whatever the verb. */
interface Agent {
  side: Side;
  launcher: boolean;
}

/** Does the "by" at `k` follow a launching verb: "used by Russia", "launched by Ukraine"? */
function launchedBy(tokens: readonly Token[], k: number): boolean {
  const action = phraseEndingAt(tokens, k - 1)?.phrase.action;
  return action !== undefined && LAUNCHING.has(action);
}

/** "Russian glide bombs", "a Russian April 13 missile strike": a side adjective before an attack noun. */
function attackNounSide(tokens: readonly Token[], k: number): Side | null {
  const side = SIDE_ADJECTIVE.get(tokens[k]!.norm);
  if (!side || holdingCompound(tokens, k)) return null;
  for (let j = k + 1; j < tokens.length && j <= k + ATTACK_NOUN_REACH; j++) {
    const t = tokens[j]!;
    if (ATTACK_NOUNS.has(t.norm)) return side;
    if (t.kind === 'punct' && t.norm !== '-') return null;
  }
  return null;
}

/**
 * Who caused casualties, from the attack their clause names around them: "Toll from Russian strike
 * on Zaporizhzhia climbs to 7", "five people died after Russian glide bombs struck the city".
 */
function casualtyCause(tokens: readonly Token[], f: RawFigure): Side | null {
  let start = f.first;
  for (let k = f.first - 1; k >= 0 && k >= f.first - SUBJECT_REACH; k--) {
    // "Russian missile strike on Zaporizhzhia: death toll rises to 7": a colon after a topic
    // with no verb opens what that topic is about.
    if (clauseBoundary(tokens[k]!) && !(tokens[k]!.norm === ':' && verbless(tokens, k))) break;
    start = k;
  }
  for (let k = start; k < tokens.length && k < f.last + SUBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (k > f.last && clauseBoundary(t) && !CAUSE_OPENERS.has(t.norm)) break;
    if (k > f.last && SPEECH_VERBS.has(t.norm)) break;
    const side = attackNounSide(tokens, k);
    if (side) return side;
  }
  return null;
}

/**
 * The side that launched the weapons or caused the casualties as the figure's own sentence tells
 * it (CLAIMS.md section 3): the figure's words ("Ukrainian drones", "Shaheds"), the subject of its
 * verb, or the agent after it. `null` when the sentence leaves it to context.
 */
export function statedAttacker(tokens: readonly Token[], f: RawFigure): Side | null {
  if (f.side) return f.cls === 'people' ? opposite(f.side) : f.side;
  const verb = f.verb;
  const people = f.cls === 'people';
  const launching = people || LAUNCHING.has(f.action);
  // "the deaths of 12 people", "a barrage of 477 drones": a noun names the action, not a clause.
  if (verb && verb.at < f.first && !verb.phrase.nominal) {
    const subject = subjectSide(tokens, verb.at, verb.phrase.progressive === true);
    // "Ukrainian drones killed two people": whoever kills is the attacker; whoever downs, the defender.
    if (subject) return launching ? subject : opposite(subject);
  }
  // "Russia launched a massive attack with 100 drones": the verb that makes the noun its object.
  if (verb && verb.at < f.first && verb.phrase.nominal && launching) {
    const support = supportVerbBefore(tokens, verb.at);
    const subject = support < 0 ? null : subjectSide(tokens, support);
    if (subject) return subject;
  }
  if (people) {
    const cause = casualtyCause(tokens, f);
    if (cause) return cause;
  }
  // "14 drones launched by Ukraine were downed": the participle's agent launched them.
  if (verb && !people && verb.at > f.phraseLast + 1) {
    const launcher = participleAgent(tokens, f.phraseLast + 1, verb.at);
    if (launcher) return launcher;
  }
  // "477 drones launched by Russia", "two people were killed in a Russian strike".
  const after = verb && verb.at > f.first ? verb.at + verb.length : f.phraseLast + 1;
  const agent = agentSide(tokens, after);
  if (agent) return launching || !verb || agent.launcher ? agent.side : opposite(agent.side);
  return null;
}

/**
 * The token of the verb whose object is the attack noun at `noun` ("launched a record-breaking
 * assault", "carried out an attack"), or -1. Only words stand between them.
 */
function supportVerbBefore(tokens: readonly Token[], noun: number): number {
  if (!ATTACK_NOUNS.has(tokens[noun]!.norm)) return -1;
  for (let k = noun - 1; k >= 0 && k >= noun - SUPPORT_VERB_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.norm !== '-') return -1;
    // "launched an investigation into the attack", "a probe after an attack": not its object.
    if (SIDE_PREPOSITIONS.has(t.norm) || clauseBoundary(t)) return -1;
    if (!SUPPORT_VERBS.has(t.norm)) continue;
    const before = SUPPORT_VERB_PARTICLES.get(t.norm);
    if (before && !before.has(tokens[k - 1]?.norm ?? '')) return -1;
    const verb = before ? k - 1 : k;
    // "accused Kyiv of launching an attack": the clause's subject accuses, it does not attack.
    return tokens[verb - 1]?.norm === 'of' || tokens[verb - 1]?.norm === 'for' ? -1 : verb;
  }
  return -1;
}

/**
 * Do the tokens before `end` hold no verb of an action? "Russian missile strike on Zaporizhzhia"
 * has none: a word that is also an attack noun ("strike") is read as the noun there.
 */
function verbless(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const hit = phraseAt(tokens, k);
    if (hit && !hit.phrase.nominal && !ATTACK_NOUNS.has(tokens[k]!.norm)) return false;
  }
  return true;
}

/**
 * The "by" agent of a launching participle in tokens `from..to`: "launched by Ukraine". Only "by":
 * "drones heading for the Russian capital" names a target, not a launcher.
 */
function participleAgent(tokens: readonly Token[], from: number, to: number): Side | null {
  for (let k = from; k < to; k++) {
    const hit = phraseAt(tokens, k);
    if (!hit?.phrase.action || !LAUNCHING.has(hit.phrase.action)) continue;
    return byAgent(tokens, k + hit.length);
  }
  return null;
}

/**
 * The side a sentence without figures says attacked: "Ukrainian drones attacked the Kursk and
 * Belgorod regions overnight." The figures after it ("40 drones were downed, the ministry said")
 * were that side's. `null` when no launching or attacking verb has a side for its subject.
 */
export function statedAttack(tokens: readonly Token[]): Side | null {
  for (let k = 0; k < tokens.length; k++) {
    const hit = phraseAt(tokens, k);
    const action = hit?.phrase.action;
    if (!hit || hit.phrase.nominal || !action || !LAUNCHING.has(action)) continue;
    // "Ukraine launched a counteroffensive": only an attack with weapons says who attacks.
    if (!weaponsNear(tokens, k, k + hit.length)) continue;
    // "Russia denied that Ukrainian drones attacked Moscow": what is denied states nothing.
    for (let j = 0; j < k; j++) if (DENIALS.has(tokens[j]!.norm)) return null;
    const side = subjectSide(tokens, k, hit.phrase.progressive === true);
    if (side) return side;
  }
  return null;
}

/** Words around a verb in which its weapons or its attack must be named. */
const WEAPONS_REACH = 6;

/** Is a weapon or an attack named within the clause around tokens `from..to`? */
function weaponsNear(tokens: readonly Token[], from: number, to: number): boolean {
  for (const [start, step] of [
    [from - 1, -1],
    [to, 1],
  ] as const) {
    for (let k = start, n = 0; n < WEAPONS_REACH && k >= 0 && k < tokens.length; k += step, n++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && t.norm !== '-') break;
      if (WEAPON_NOUN.has(t.norm) || ATTACK_NOUNS.has(t.norm)) return true;
    }
  }
  return false;
}
