import type { Place } from '../claims/mention';
import { SIDED_NAMES } from './vocabulary/speaker-names';
import { statedAttack, statedAttacker } from './attacker';
import type { RawFigure } from './figures';
import {
  capitalOf,
  countryPlace,
  defaultPlace,
  possessiveAt,
  surroundings,
} from './places-for-figures';
import { findPlaces, placeByCode, type PlaceHit } from './places/find-places';
import { OBLAST_OF_GOVERNED_CITY } from './vocabulary/speakers';
import type { Speaker } from './report-speakers';
import { opposite, sideOfCode, type Side } from './sides';
import { CONTESTED_CODES } from './vocabulary/places/contested';
import type { Token } from './tokens';
import type { PlaceKind } from './vocabulary/places/types';

/** Words for officials who answer for one place: a governor, a mayor, a city council. */
const LOCAL_ROLES =
  /\b(?:governor|gov|mayor|administration|council|authorities|officials|police|prosecutor|regional|local|city|head)\b/i;

/** Who attacked and where, decided for one figure. */
export interface Resolved {
  attacker: Side | null;
  place: Place | null;
}

/** What one sentence offers the figures in it. */
export interface SentenceFacts {
  tokens: readonly Token[];
  figures: readonly RawFigure[];
  /** The place written with each figure (see `placesOfFigures`), before any default. */
  written: readonly (PlaceHit | null)[];
  /**
   * For a figure whose count is given for each place of a list ("4 each over the Tula and
   * Kaluga regions"), the list's places after its written one; empty for the others.
   */
  eachAlso: readonly (readonly PlaceHit[])[];
  /** Places named in the sentence where an attack fell ("an attack on Kyiv", "in Sumy"). */
  scenes: readonly Place[];
  /** Who speaks for each figure. */
  speakers: readonly (Speaker | null)[];
  /** The place each figure's local speaker answers for ("the governor of the Moscow region"). */
  jurisdictions: readonly (Place | null)[];
  /** The one region a figure-less sentence right before named, if any. */
  quietScene: Place | null;
  /** For each figure, whether it is a toll of the whole war (see `warTotal`). */
  wholeWar: readonly boolean[];
}

/** Where a report's attacks fell and who attacked last, as a paragraph leaves them. */
export interface PlacesState {
  sceneBySide: [Side, Place][];
  scene: Place | null;
  lastAttacker: Side | null;
  /** The figure the next paragraph may continue, with what it was resolved to. */
  figure: { figure: RawFigure; resolved: Resolved | null } | null;
}

/**
 * May `place` be where a figure of `attacker` happened? Nobody attacks their own territory, except
 * where both sides' weapons fall (occupied regions) or at sea.
 */
export function fits(place: Place | null, attacker: Side | null): place is Place {
  if (!place) return false;
  if (!attacker || !place.code || CONTESTED_CODES.has(place.code)) return true;
  return sideOfCode(place.code) !== attacker;
}

/**
 * The jurisdictions read so far, by speaker name and then the words naming the speaker. Bounded
 * (`remembered` counts the entries), so a text of endless distinct names cannot grow it without end.
 */
const JURISDICTIONS = new Map<string, Map<string, Place | null>>();
const MAX_JURISDICTIONS = 10_000;
let remembered = 0;

/**
 * The place a speaker answers for, read from their name or the words that name them: "Moscow
 * Mayor" is Moscow, "the governor of the Moscow region" and "the authorities in Russia's Moscow
 * region" are the Moscow region. National speakers (ministries, air forces, presidents) have none.
 */
export function jurisdictionOf(speaker: Speaker | null, words: string): Place | null {
  if (!speaker || speaker.countryOnly) return null;
  // Speakers recur all through a report: each name with its words is read once.
  let byWords = JURISDICTIONS.get(speaker.name);
  let place = byWords?.get(words);
  if (place === undefined) {
    place = readJurisdiction(speaker.name, words);
    if (remembered < MAX_JURISDICTIONS) {
      remembered++;
      if (!byWords) JURISDICTIONS.set(speaker.name, (byWords = new Map()));
      byWords.set(words, place);
    }
  }
  // Each caller gets a copy of its own, as `findPlaces` hands out.
  return place && { name: place.name, code: place.code, level: place.level };
}

function readJurisdiction(name: string, words: string): Place | null {
  for (const text of [name, words]) {
    if (!LOCAL_ROLES.test(text)) continue;
    for (const h of findPlaces(text)) {
      if (!h.place) continue;
      // "the authorities in Russia's Moscow region": the country names whose region it is.
      if (h.place.level === 'country') {
        if (possessiveAt(text, h.end)) continue;
        return null;
      }
      // "Kyiv Governor": the oblast, not the city with its own code.
      const oblast = GOVERNOR.test(text)
        ? OBLAST_OF_GOVERNED_CITY.get(h.place.code ?? '')
        : undefined;
      return (oblast && placeByCode(oblast)) || h.place;
    }
  }
  return null;
}

/**
 * "Kyiv Governor", "Gov.": a governor answers for a region. ("the Kyiv regional head" and "Kyiv
 * Oblast …" are found as the oblast already.)
 */
const GOVERNOR = /\bgov(?:ernor)?\b/i;

/**
 * Carries what a report has established about places and sides from sentence to sentence: where
 * its attacks fell on each side (the scene), the figures already resolved (for "of them", "19
 * others"), and the last attacker a sentence stated. Resolves each figure's attacker and place
 * from, in order: what its own sentence says, the figure it continues, the speaker's jurisdiction,
 * the report's scene, and the attacked country.
 */
export class ReportPlaces {
  private readonly resolved = new Map<RawFigure, Resolved>();
  private readonly sceneBySide = new Map<Side, Place>();
  private scene: Place | null = null;
  private lastAttacker: Side | null = null;

  /** The scene and attacker a paragraph leaves, and what `figure` (if any) was resolved to. */
  snapshot(figure: RawFigure | null): PlacesState {
    return {
      sceneBySide: [...this.sceneBySide],
      scene: this.scene,
      lastAttacker: this.lastAttacker,
      figure: figure ? { figure, resolved: this.resolved.get(figure) ?? null } : null,
    };
  }

  /** Takes up a snapshot as if its paragraph had just been read. */
  restore(state: PlacesState): void {
    this.sceneBySide.clear();
    for (const [side, place] of state.sceneBySide) this.sceneBySide.set(side, place);
    this.scene = state.scene;
    this.lastAttacker = state.lastAttacker;
    if (state.figure?.resolved) this.resolved.set(state.figure.figure, state.figure.resolved);
  }

  /** Resolves every figure of a sentence, in order. */
  resolve(facts: SentenceFacts): Resolved[] {
    return facts.figures.map((f, i) => {
      const r = this.resolveOne(facts, i);
      this.resolved.set(f, r);
      return r;
    });
  }

  /**
   * "Authorities said 23 of those killed were inside the building": a part of a toll in the same
   * place and group breaks the toll down, and is no toll of its own to compare.
   */
  breaksDown(f: RawFigure, r: Resolved): boolean {
    const whole = f.antecedent;
    if (!f.part || f.cls !== 'people' || !whole || whole.cls !== 'people') return false;
    const w = this.resolved.get(whole);
    return (
      w !== undefined &&
      whole.action === f.action &&
      whole.group === f.group &&
      w.place?.code === r.place?.code
    );
  }

  /**
   * Records where the sentence's attacks fell and, for a sentence without figures, who it says
   * attacked: for the sentences after it.
   */
  commit(facts: SentenceFacts, resolved: readonly Resolved[]): void {
    if (facts.figures.length === 0)
      this.lastAttacker = statedAttack(facts.tokens) ?? this.lastAttacker;
    for (const p of facts.scenes) this.setScene(p);
    for (const r of resolved) if (r.place && r.place.level !== 'country') this.setScene(r.place);
  }

  private setScene(p: Place): void {
    const side = sideOfCode(p.code);
    if (!side) return;
    this.sceneBySide.set(side, p);
    // Both sides' weapons fall on an occupied region: Donetsk is the scene of either's attacks.
    if (p.code && CONTESTED_CODES.has(p.code)) this.sceneBySide.set(opposite(side), p);
    this.scene = p;
  }

  /**
   * The place a phrase names by its kind alone ("the country", "the city", "the capital"), on
   * the side attacked. "the city" is the city the report's attacks on that side fell on, if any.
   */
  private placeOfKind(kind: PlaceKind, defender: Side | null): Place | null {
    if (kind === 'country') return countryPlace(defender);
    const scene = defender ? this.sceneBySide.get(defender) : undefined;
    if (kind === 'city' && scene?.level === 'city') return scene;
    return capitalOf(defender);
  }

  /**
   * Where figure `i` may have happened, in order: its written place, its antecedent's, its local
   * speaker's, then the scene its context gives.
   */
  private contextPlaces(
    facts: SentenceFacts,
    i: number,
    written: Place | null,
    antePlace: Place | null | undefined,
    national: boolean,
    attacker: Side | null,
  ): (Place | null | undefined)[] {
    const people = facts.figures[i]!.cls === 'people';
    const candidates: (Place | null | undefined)[] = [written, antePlace];
    if (people || !national) candidates.push(facts.jurisdictions[i] ?? null);
    if (people) {
      candidates.push(
        attacker ? this.sceneBySide.get(opposite(attacker)) : this.scene,
        ...(attacker ? [] : [...this.sceneBySide.values()]),
      );
    } else if (!national) {
      candidates.push(facts.quietScene);
    }
    return candidates;
  }

  private resolveOne(facts: SentenceFacts, i: number): Resolved {
    const f = facts.figures[i]!;
    const hit = facts.written[i] ?? null;
    const speaker = facts.speakers[i] ?? null;
    const jurisdiction = facts.jurisdictions[i] ?? null;
    // Ministries, air forces and countries count for the whole country unless they name a place.
    const national =
      speaker !== null &&
      jurisdiction === null &&
      (speaker.side !== null || SIDED_NAMES.has(speaker.name));
    const ante = f.antecedent ? this.resolved.get(f.antecedent) : undefined;
    let attacker = statedAttacker(facts.tokens, f) ?? ante?.attacker ?? null;
    if (attacker) this.lastAttacker = attacker;
    const speakerSide = speaker?.side ?? null;

    // "the capital" is the defender's: Moscow when Ukraine attacks, Kyiv when Russia does.
    const defenderGuess = attacker
      ? opposite(attacker)
      : (speakerSide ?? (this.lastAttacker ? opposite(this.lastAttacker) : null));
    const named = hit ? (hit.place ?? this.placeOfKind(hit.kind, defenderGuess)) : null;
    const written = named && hit?.around ? surroundings(named) : named;

    // A toll of the whole war is no count of the day's attacks: only its own words place it.
    const candidates: (Place | null | undefined)[] = facts.wholeWar[i]
      ? [written]
      : this.contextPlaces(facts, i, written, ante?.place, national, attacker);
    let place = candidates.find((p) => fits(p ?? null, attacker)) ?? null;

    if (!attacker) {
      const placeSide =
        place?.code && !CONTESTED_CODES.has(place.code) ? sideOfCode(place.code) : null;
      if (placeSide) attacker = opposite(placeSide);
      // Each side reports what was launched at it, what it downed and whom it lost.
      else if (speakerSide) attacker = opposite(speakerSide);
      else attacker = this.lastAttacker;
    }
    place = place ?? defaultPlace(attacker);
    return { attacker, place };
  }
}
