import type { Place } from '../../claims/mention';
import type { Token } from '../tokens';
import { gazetteer, type Gazetteer, type Sense } from './gazetteer';
import * as phrases from '../vocabulary/places/phrases';
import { placeRoles } from './roles';
import type { PlaceKind } from '../vocabulary/places/types';
import { Role, tokenizePlaces, type PlaceToken } from './tokenize';

/**
 * One place mention. `start`/`end` are offsets into the text. A span covers the name and its
 * region or city word ("Moscow region", "region of Belgorod", "Kharkiv Oblast", "city of Sumy"),
 * but never a leading "the" and never a possessive "'s" ("Moscow's" → "Moscow").
 */
export interface PlaceHit {
  start: number;
  end: number;
  /** `null` only for the kinds other than `name`. */
  place: Place | null;
  /**
   * `name` for a named place; the other kinds ("the capital", "the city", "the region", "the
   * country") depend on the story, and the caller resolves them from context (see `PlaceKind`).
   */
  kind: PlaceKind;
  /** "around Moscow", "near Kyiv": the area around the place, set by the caller from context. */
  around?: boolean;
}

/**
 * A name found in the text, with its hit's fields flat (lists of names rewrite them in place).
 * `hit` is false for a region stem seen without its region word ("Vladimir" alone).
 */
interface Rec {
  first: number;
  last: number;
  hit: boolean;
  start: number;
  end: number;
  place: Place | null;
  kind: PlaceHit['kind'];
  region: Place | undefined;
  /** Already a region hit: a list ending in "regions" stops here when walking back. */
  regionHit: boolean;
  possessive: boolean;
}

interface Candidate {
  last: number;
  sense: Sense;
}

interface Match {
  rec: Rec | null;
  /** Index of the first token after the match. */
  next: number;
  /** The match opened or continued a plural list: "the regions of Belgorod, Kursk ...". */
  chain: boolean;
  /** The match closed a plural list: "... Belgorod and Kursk regions". */
  closesList: boolean;
}

// Local bindings: bundlers and test runners can turn imported names into getters, which this
// per-token loop would call a million times on a large text. Set at the first read (see
// `buildPlaceTables`): a page that is no story never builds them.
let G: Gazetteer;
let KEYS: KeyNode;
let ROLES: ReadonlyMap<string, number>;
let ready = false;

/** Builds the gazetteer and the tables made of it now, if no place has been looked for yet. */
export function buildPlaceTables(): void {
  if (ready) return;
  G = gazetteer();
  KEYS = keyTrie(G);
  ROLES = placeRoles();
  ready = true;
}

const { CITY_SUFFIX, PREFIXES, REGION_MODIFIERS, REGION_SUFFIXES } = phrases;
const NONE: readonly Candidate[] = [];
function isWord(toks: readonly PlaceToken[], i: number, lower?: string): boolean {
  const t = toks[i];
  return t !== undefined && t.word && (lower === undefined || t.lower === lower);
}

function possessive(t: PlaceToken): boolean {
  return t.stemEnd !== t.end;
}

/**
 * The gazetteer's keys as a trie of their words: `sense` where the words so far are a key,
 * `prefix` where they open a longer one. Walking it takes each token's own strings, whose hashes
 * are known, where joining the words into a key string made and hashed a new string per step.
 */
interface KeyNode {
  sense: Sense | undefined;
  prefix: boolean;
  next: Map<string, KeyNode>;
}

function keyTrie(g: Gazetteer): KeyNode {
  const root: KeyNode = { sense: undefined, prefix: false, next: new Map() };
  const nodeOf = (key: string): KeyNode => {
    let node = root;
    for (const w of key.split(' ')) {
      let child = node.next.get(w);
      if (!child) {
        child = { sense: undefined, prefix: false, next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    return node;
  };
  for (const [key, sense] of g.senses) nodeOf(key).sense = sense;
  for (const key of g.prefixes) nodeOf(key).prefix = true;
  return root;
}

/** Keys starting at `i`, longest first; the prefix set cuts the search at the first dead end. */
function candidatesAt(toks: readonly PlaceToken[], i: number): readonly Candidate[] {
  const t = toks[i];
  // Most words name nothing: answer them without allocating.
  if (!t?.word) return NONE;
  if (
    t.stem === t.norm ? !(t.roles & Role.Start) : !G.senses.has(t.stem) && !G.prefixes.has(t.norm)
  )
    return NONE;
  const out: Candidate[] = [];
  // The key ending at a token takes its stem; one going on past it, its key form.
  let node = KEYS;
  for (let j = i; j < toks.length && j < i + G.maxWords; j++) {
    const t = toks[j]!;
    if (!t.word || t.norm === '') break;
    const ending = node.next.get(t.stem);
    if (ending?.sense) out.push({ last: j, sense: ending.sense });
    const longer = t.norm === t.stem ? ending : node.next.get(t.norm);
    if (!longer?.prefix) break;
    node = longer;
  }
  return out.length > 1 ? out.reverse() : out;
}

/** A record whose hit spans tokens `first`..`last`; `place` undefined means no hit yet. */
function record(
  toks: readonly PlaceToken[],
  first: number,
  last: number,
  place: Place | null | undefined,
  region: Place | undefined,
  kind: PlaceHit['kind'] = 'name',
): Rec {
  const end = toks[last]!;
  return {
    first,
    last,
    hit: place !== undefined,
    start: toks[first]!.start,
    end: end.stemEnd,
    place: place ?? null,
    kind,
    region,
    regionHit: place !== undefined && place === region,
    possessive: possessive(end),
  };
}

/** The match of a record that ends at token `next - 1`. */
function matched(rec: Rec | null, next: number, chain = false, closesList = false): Match {
  return { rec, next, chain, closesList };
}

/** "Kursk region", "Kursk border region", "Kursk regions": index of the region word, or -1. */
function regionWordAfter(toks: readonly PlaceToken[], last: number): number {
  if (possessive(toks[last]!)) return -1;
  let r = last + 1;
  if (isWord(toks, r) && REGION_MODIFIERS.has(toks[r]!.lower)) r++;
  return isWord(toks, r) && REGION_SUFFIXES.has(toks[r]!.lower) ? r : -1;
}

/** "the region of Belgorod", "the regions of Belgorod, Kursk", "the city of Sumy". */
function prefixMatch(toks: readonly PlaceToken[], i: number): Match | null {
  const t = toks[i]!;
  const prefix = t.word && t.roles & Role.Prefix ? PREFIXES.get(t.lower) : undefined;
  if (
    !prefix ||
    possessive(t) ||
    !isWord(toks, i + 1) ||
    !prefix.joiners.includes(toks[i + 1]!.lower)
  )
    return null;
  for (const c of candidatesAt(toks, i + 2)) {
    const p = prefix.level === 'region' ? c.sense.region : c.sense.city;
    if (!p) continue;
    const region = prefix.level === 'region' ? p : c.sense.region;
    return matched(record(toks, i, c.last, p, region), c.last + 1, prefix.plural);
  }
  return null;
}

/** Reads the candidates at `i` in their context; `inList` means "regions of A, B and |C". */
function nameMatch(toks: readonly PlaceToken[], i: number, inList: boolean): Match | null {
  for (const { last, sense } of candidatesAt(toks, i)) {
    if (sense.stop) return matched(null, last + 1);
    // "Russian regions of Belgorod and Kursk": leave "regions of" to the prefix rule.
    const after = toks[last + 1];
    const prefix = PREFIXES.get(toks[last]!.lower);
    if (prefix && after?.word && prefix.joiners.includes(after.lower)) continue;
    if (sense.region) {
      if (inList) return matched(record(toks, i, last, sense.region, sense.region), last + 1, true);
      const w = regionWordAfter(toks, last);
      if (w >= 0) {
        const plural = REGION_SUFFIXES.get(toks[w]!.lower) === true;
        return matched(record(toks, i, w, sense.region, sense.region), w + 1, false, plural);
      }
    }
    if (sense.city && !possessive(toks[last]!) && isWord(toks, last + 1, CITY_SUFFIX)) {
      return matched(record(toks, i, last + 1, sense.city, sense.region), last + 2);
    }
    if (sense.hit && (!sense.afterThe || isWord(toks, i - 1, 'the'))) {
      const r = record(toks, i, last, sense.hit.place, sense.region, sense.hit.kind);
      return matched(r, last + 1);
    }
    // A bare stem ("Vladimir") names nothing yet, but a list may still end in "regions".
    if (sense.region) return matched(record(toks, i, last, undefined, sense.region), last + 1);
  }
  return null;
}

/** True when every token strictly between `from` and `to` is a connector, and there is one. */
function onlyConnectors(toks: readonly PlaceToken[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = to - 1; k > from; k--) if ((toks[k]!.roles & Role.Connector) === 0) return false;
  return true;
}

/**
 * "Belgorod and Kursk regions": the names before a plural region word, joined only by
 * connectors, are regions too. Each record turns into a region at most once and the walk stops at
 * the first that does not, so the whole scan stays linear.
 */
function closeList(toks: readonly PlaceToken[], recs: Rec[]): void {
  let to = recs[recs.length - 1]!.first;
  for (let k = recs.length - 2; k >= 0; k--) {
    const r = recs[k]!;
    if (r.regionHit || !r.region || r.possessive || !onlyConnectors(toks, r.last, to)) return;
    r.hit = true;
    r.place = r.region;
    r.kind = 'name';
    r.regionHit = true;
    to = r.first;
  }
}

function scan(text: string, tokens: readonly Token[] | undefined, offset: number): PlaceHit[] {
  const toks = tokenizePlaces(text, ROLES, tokens, offset);
  const recs: Rec[] = [];
  let chain = false;
  let gapClean = true;
  let gapConnectors = 0;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // Most tokens can start neither a name nor a "region of" phrase: those bits (a word whose
    // stem is its key form) or not being a word answer what `nameMatch` and `prefixMatch`
    // would, without the calls.
    const inert = !t.word || ((t.roles & (Role.Start | Role.Prefix)) === 0 && t.stem === t.norm);
    let m: Match | null = null;
    if (!inert) {
      const inList: boolean = chain && gapClean && gapConnectors > 0;
      const byName: Match | null = nameMatch(toks, i, inList);
      const byPrefix = prefixMatch(toks, i);
      m = byPrefix && (!byName || byPrefix.next > byName.next) ? byPrefix : byName;
    }
    if (!m) {
      if (t.roles & Role.Connector) gapConnectors++;
      else gapClean = false;
      i++;
      continue;
    }
    if (m.rec) {
      recs.push(m.rec);
      if (m.closesList) closeList(toks, recs);
      chain = m.chain;
      gapClean = true;
      gapConnectors = 0;
    }
    i = m.next;
  }
  const out: PlaceHit[] = [];
  for (const r of recs) {
    if (r.hit)
      out.push({ start: r.start, end: r.end, place: r.place && copy(r.place), kind: r.kind });
  }
  return out;
}

/** A caller's own copy of a gazetteer place (those are frozen), written out, not spread. */
function copy(p: Place): Place {
  return { name: p.name, code: p.code, level: p.level };
}

/**
 * All place mentions in `text`, left to right, non-overlapping, longest match first. Names are
 * matched case-sensitively (or in all capitals, as in datelines); region words, "the", "of" and
 * "capital" in any case. Linear in the length of `text`. `tokens` (optional) are the tokens of the
 * sentence `text` was cut from at `offset`: words they share are not cut and hashed again.
 */
export function findPlaces(text: string, tokens?: readonly Token[], offset = 0): PlaceHit[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  buildPlaceTables();
  return scan(text, tokens, offset);
}

/**
 * The place with an ISO code: a country ("RU"), a region ("RU-MOS", "UA-63") or a city with its
 * own code ("RU-MOW", "UA-30"). Cities sharing their region's code are not reachable this way.
 */
export function placeByCode(code: string): Place | undefined {
  const p = gazetteer().byCode.get(code);
  return p ? { ...p } : undefined;
}
