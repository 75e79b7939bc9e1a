import type { Place } from '../../claims/mention';
import { AREAS, GENERIC_WORDS, PHRASES, STOP_PHRASES } from '../vocabulary/places/phrases';
import { RU_CITIES } from '../vocabulary/places/russia-cities';
import type { PlaceKind } from '../vocabulary/places/types';
import { RU_SUBDIVISIONS } from '../vocabulary/places/russia-subjects';
import { normWord } from './tokenize';
import { UA_CITIES, UA_SUBDIVISIONS } from '../vocabulary/places/ukraine';

/** What a run of words can mean, depending on the words around it. */
export interface Sense {
  /** The meaning on its own. */
  hit?: { place: Place | null; kind: PlaceKind };
  /** `hit` counts only right after "the". */
  afterThe?: boolean;
  /** The city it names when a cue says city ("the city of Vladimir", "Kharkiv city"). */
  city?: Place;
  /** The region it names next to a region word ("Belgorod region", "region of Belgorod"). */
  region?: Place;
  /** Consumed and ignored: "Dnipro River", "Kyiv Independent". */
  stop?: boolean;
}

/** The prebuilt lookup index of every name, spelling and phrase. */
export interface Gazetteer {
  /** Key (words in key form joined by single spaces) to its meaning. */
  senses: ReadonlyMap<string, Sense>;
  /** Every proper word-prefix of a key, so that n-gram lookups stop as soon as nothing can match. */
  prefixes: ReadonlySet<string>;
  /** Words in the longest key. */
  maxWords: number;
  byCode: ReadonlyMap<string, Place>;
  /** Names that would mean two different things; the meta-test requires none. */
  conflicts: readonly string[];
}

function place(name: string, code: string | null, level: Place['level']): Place {
  return Object.freeze({ name, code, level });
}

function keyOf(phrase: string): string {
  return phrase.split(' ').map(normWord).join(' ');
}

/** The same key as all-caps text writes it ("KYIV (AP) —"); generic words stay lower-case. */
function upperKeyOf(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => {
      const n = normWord(w);
      return GENERIC_WORDS.has(n) ? n : n.toUpperCase();
    })
    .join(' ');
}

function build(): Gazetteer {
  const senses = new Map<string, Sense>();
  const conflicts: string[] = [];
  const byCode = new Map<string, Place>();

  const merge = (key: string, add: Sense, phrase: string): void => {
    const sense = senses.get(key) ?? {};
    for (const field of ['city', 'region'] as const) {
      const next = add[field];
      if (!next) continue;
      const had = sense[field];
      if (had && had !== next) conflicts.push(`${phrase}: ${field} ${had.name} / ${next.name}`);
      else sense[field] = next;
    }
    if (add.hit) {
      const had = sense.hit;
      if (had && (had.place !== add.hit.place || had.kind !== add.hit.kind)) {
        conflicts.push(
          `${phrase}: ${had.place?.name ?? had.kind} / ${add.hit.place?.name ?? add.hit.kind}`,
        );
      } else {
        sense.hit = add.hit;
        if (add.afterThe) sense.afterThe = true;
      }
    }
    if (add.stop) sense.stop = true;
    senses.set(key, sense);
  };
  const add = (phrase: string, sense: Sense): void => {
    const key = keyOf(phrase);
    merge(key, sense, phrase);
    const upper = upperKeyOf(phrase);
    if (upper !== key) merge(upper, sense, phrase);
  };

  for (const s of [...UA_SUBDIVISIONS, ...RU_SUBDIVISIONS]) {
    const p = place(s.name, s.code, s.level);
    if (byCode.has(s.code)) conflicts.push(`code ${s.code} twice`);
    byCode.set(s.code, p);
    const named: Sense =
      s.level === 'city'
        ? { hit: { place: p, kind: 'name' }, city: p }
        : { hit: { place: p, kind: 'name' }, region: p };
    for (const n of [s.name, ...(s.names ?? [])]) add(n, named);
    for (const n of s.stems ?? []) add(n, { region: p });
  }
  for (const c of [...UA_CITIES, ...RU_CITIES]) {
    const p = place(c.name, c.code, 'city');
    const sense: Sense = c.needsCue ? { city: p } : { hit: { place: p, kind: 'name' }, city: p };
    for (const n of [c.name, ...(c.aliases ?? [])]) add(n, sense);
  }
  for (const a of AREAS) {
    const p = place(a.name, a.code, a.level);
    if (a.code) byCode.set(a.code, p);
    for (const n of [a.name, ...(a.names ?? [])]) add(n, { hit: { place: p, kind: 'name' } });
  }
  for (const ph of PHRASES) {
    const p = ph.code === null ? null : byCode.get(ph.code);
    if (p === undefined) conflicts.push(`${ph.phrase}: unknown code ${String(ph.code)}`);
    else add(ph.phrase, { hit: { place: p, kind: ph.kind }, afterThe: ph.afterThe === true });
  }
  for (const s of STOP_PHRASES) add(s, { stop: true });

  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const key of senses.keys()) {
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  return { senses, prefixes, maxWords, byCode, conflicts };
}

let built: Gazetteer | null = null;

/**
 * The gazetteer (a few thousand keys), built at its first use: the content script evaluates on
 * every page of a news site, and only a story's read needs it.
 */
export function gazetteer(): Gazetteer {
  return (built ??= build());
}
