import type { Place } from '../claims/mention';
import type { RawFigure } from './figures';
import { findPlaces, placeByCode, type PlaceHit } from './places/find-places';
import { opposite, sideOfCode, type Side } from './sides';
import type { Token } from './tokens';
import { ACTION_PHRASES } from './vocabulary/actions';
import { CLAUSE_BREAKERS, SPEECH_VERBS } from './vocabulary/function-words';

const LOCATIVES = new Set([
  'in',
  'over',
  'across',
  'inside',
  'into',
  'throughout',
  'at',
  'on',
  'near',
  'above',
  'within',
  'around',
]);
const VERBS = new Set([...SPEECH_VERBS, ...ACTION_PHRASES.map((p) => p.words[0]!)]);

/** Place hits of a sentence, with absolute offsets, less those that name an actor, not a place. */
export function placesIn(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
): PlaceHit[] {
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, k) => tokenAt.set(t.start, k));
  const out: PlaceHit[] = [];
  for (const h of findPlaces(text.slice(start, end))) {
    const hit = { ...h, start: h.start + start, end: h.end + start };
    const words = text.slice(hit.start, hit.end);
    const firstTok = tokenAt.get(hit.start);
    const before = firstTok === undefined ? '' : (tokens[firstTok - 1]?.norm ?? '');
    const lastTok = tokens.findIndex((t) => t.start >= hit.end);
    const after = lastTok < 0 ? '' : tokens[lastTok]!.norm;
    // "Russia's Defense Ministry", "Moscow said", "Kyiv launched": actors, not places.
    if (hit.place?.level === 'country' && /['’]s$/.test(words)) continue;
    if (VERBS.has(after)) continue;
    // Launch sites ("drones launched from the Bryansk region") are not where the figure happened.
    if (before === 'from') continue;
    out.push(hit);
  }
  return out;
}

function locative(tokens: readonly Token[], hit: PlaceHit): boolean {
  const k = tokens.findIndex((t) => t.start >= hit.start);
  let j = k - 1;
  if (tokens[j]?.norm === 'the') j--;
  return LOCATIVES.has(tokens[j]?.norm ?? '');
}

function breaksBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (const t of tokens) {
    if (t.start < from || t.start >= to) continue;
    if (CLAUSE_BREAKERS.has(t.norm) || t.norm === 'including') return true;
  }
  return false;
}

/** Several places named together ("Moscow and other regions", "Moscow, St. Petersburg"): the country. */
function collective(text: string, hit: PlaceHit, next: PlaceHit | undefined): boolean {
  const tail = text.slice(hit.end, hit.end + 16).toLowerCase();
  if (/^,? and other\b/.test(tail)) return true;
  if (!next) return false;
  const gap = text.slice(hit.end, next.start);
  return /^\s*(,|and|, and)\s*(the\s*)?$/.test(gap);
}

/** The place a figure is about, as written near it, before any default is applied. */
export function placeOf(
  text: string,
  tokens: readonly Token[],
  hits: readonly PlaceHit[],
  figures: readonly RawFigure[],
  index: number,
): PlaceHit | null {
  const f = figures[index]!;
  const from = tokens[f.last]!.end;
  const nextFig = figures[index + 1];
  const until = nextFig ? tokens[nextFig.first]!.start : Infinity;
  const k = hits.findIndex((h) => h.start >= from && h.start < until);
  if (k >= 0 && !breaksBetween(tokens, from, hits[k]!.start)) {
    const hit = hits[k]!;
    if (collective(text, hit, hits[k + 1])) {
      const side = sideOfCode(hit.place?.code);
      const country = side ? placeByCode(side) : undefined;
      if (country) return { ...hit, place: country, kind: 'name' };
    }
    return hit;
  }
  const start = tokens[f.first]!.start;
  for (let j = hits.length - 1; j >= 0; j--) {
    const h = hits[j]!;
    if (h.end > start) continue;
    if (h.place?.level === 'country' && !locative(tokens, h)) continue;
    return h;
  }
  return null;
}

/** "the capital": Moscow when the defending side is Russia, Kyiv when it is Ukraine. */
export function capitalOf(defender: Side | null): Place | null {
  if (defender === 'RU') return placeByCode('RU-MOW') ?? null;
  if (defender === 'UA') return placeByCode('UA-30') ?? null;
  return null;
}

/** The country a figure happened in when the text names no place: the attacked side's. */
export function defaultPlace(attacker: Side | null): Place | null {
  return attacker ? (placeByCode(opposite(attacker)) ?? null) : null;
}
