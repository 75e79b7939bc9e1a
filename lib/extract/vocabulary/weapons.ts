import type { Attacker } from '../../claims/mention';

export type WeaponClass = 'drones' | 'missiles';

/** Nouns that name drones or missiles, singular and plural, as news writes them. */
export const WEAPON_NOUNS: Readonly<Record<string, WeaponClass>> = {
  drone: 'drones',
  drones: 'drones',
  uav: 'drones',
  uavs: 'drones',
  shahed: 'drones',
  shaheds: 'drones',
  geran: 'drones',
  gerans: 'drones',
  gerbera: 'drones',
  gerberas: 'drones',
  lancet: 'drones',
  lancets: 'drones',
  quadcopter: 'drones',
  quadcopters: 'drones',
  // Decoy drones (Gerberas and the like) are counted among the drones a night's reports give.
  decoys: 'drones',
  missile: 'missiles',
  missiles: 'missiles',
  kalibr: 'missiles',
  kalibrs: 'missiles',
  iskander: 'missiles',
  iskanders: 'missiles',
  kinzhal: 'missiles',
  kinzhals: 'missiles',
  atacms: 'missiles',
  tomahawk: 'missiles',
  tomahawks: 'missiles',
  neptune: 'missiles',
  neptunes: 'missiles',
};

/**
 * Two-word heads: "unmanned aerial vehicles", "loitering munitions", "aerial targets". The first
 * word qualifies a second that alone would mean something else (aircraft, vehicles, targets).
 */
export const WEAPON_COMPOUNDS: Readonly<Record<string, WeaponClass | 'aerial'>> = {
  'aerial vehicles': 'drones',
  'aerial vehicle': 'drones',
  'aerial devices': 'drones',
  'aerial device': 'drones',
  'unmanned aircraft': 'drones',
  'loitering munitions': 'drones',
  'storm shadow': 'missiles',
  'storm shadows': 'missiles',
  'aerial targets': 'aerial',
  'air targets': 'aerial',
  'airborne targets': 'aerial',
  'aerial weapons': 'aerial',
  'air weapons': 'aerial',
  'aerial assets': 'aerial',
  'air assets': 'aerial',
  'aerial means': 'aerial',
  // "810 air attack assets were used", "344 air attack vehicles": the Ukrainian Air Force's words
  // for drones and missiles.
  'attack assets': 'aerial',
  'attack means': 'aerial',
  'attack vehicles': 'aerial',
};

/** Weapon names a model number follows with no hyphen: "Shahed 136", "Kh 101". */
export const DESIGNATED_NAMES: ReadonlySet<string> = new Set([
  'shahed',
  'geran',
  'gerbera',
  'kh',
  'iskander',
  'kalibr',
  'kinzhal',
  'lancet',
  'tochka',
  'kn',
]);

/** Nouns after a weapon that count the weapons that struck: "12 drone hits", "five missile impacts". */
export const HIT_NOUNS: ReadonlySet<string> = new Set(['hits', 'hit', 'impacts', 'impact']);

/** One-word heads that count drones and missiles together: "more than 400 munitions". */
export const AERIAL_NOUNS: ReadonlySet<string> = new Set(['munitions']);

/**
 * Heads that count drones and missiles together only as what air defence stopped: "100 targets
 * were neutralised", "shot down 46 targets". Struck, destroyed or attacked, a target is a place or
 * a thing on the ground: "hit 12 targets", "artillery destroyed 30 targets".
 */
export const DEFENDED_HEADS: ReadonlySet<string> = new Set(['targets']);

/**
 * First words of the downing phrases (verbs, and the noun "destruction of") that also say what
 * ground fire does to what it aims at, so that they give no air targets: "destroyed 30 targets",
 * "eliminated 12 targets", "finished off 5 targets".
 */
export const DESTRUCTION_VERBS: ReadonlySet<string> = new Set([
  'destroyed',
  'destroy',
  'destroys',
  'destroying',
  'destruction',
  'eliminated',
  'finished',
]);

/**
 * Countries that, hyphened to a participle before a weapon, name its launcher: "29 Russia-launched
 * drones", "Ukraine-made drones", "Iran-designed Shaheds" (Russia's, wherever they are reported).
 */
export const LAUNCHER_COUNTRIES: Readonly<Record<string, NonNullable<Attacker>>> = {
  russia: 'RU',
  iran: 'RU',
  ukraine: 'UA',
};

/**
 * Words inside a figure's noun phrase that tell which side launched the weapons. Brand names are
 * data, not guesses: Shaheds and Kalibrs are Russian weapons wherever they are reported.
 */
export const WEAPON_SIDE_WORDS: Readonly<Record<string, NonNullable<Attacker>>> = {
  russian: 'RU',
  "russia's": 'RU',
  'russian-made': 'RU',
  'iranian-made': 'RU',
  'iranian-designed': 'RU',
  iranian: 'RU',
  'north korean': 'RU',
  shahed: 'RU',
  shaheds: 'RU',
  geran: 'RU',
  gerans: 'RU',
  gerbera: 'RU',
  gerberas: 'RU',
  lancet: 'RU',
  kalibr: 'RU',
  kalibrs: 'RU',
  iskander: 'RU',
  iskanders: 'RU',
  kinzhal: 'RU',
  kinzhals: 'RU',
  kh: 'RU',
  ukrainian: 'UA',
  "ukraine's": 'UA',
  'ukrainian-made': 'UA',
  atacms: 'UA',
  neptune: 'UA',
  neptunes: 'UA',
  lyutyi: 'UA',
  liutyi: 'UA',
};

/**
 * Where a weapon flies or sails, which may be joined before one head: "100 air and seaborne
 * drones", "aerial and naval drones". Not kinds (see {@link WEAPON_KIND_ADJECTIVES}): a count of
 * sea drones beside one of air drones is two counts, no breakdown of one.
 */
export const WEAPON_DOMAINS: ReadonlySet<string> = new Set([
  'air',
  'aerial',
  'sea',
  'seaborne',
  'naval',
  'maritime',
  'surface',
  'underwater',
  'land',
  'ground',
]);

/**
 * Words between two weapon nouns that still make one number count both ("700 drones and
 * missiles", "40 drones and cruise missiles"): kinds of weapon, not quantities.
 */
export const WEAPON_KIND_ADJECTIVES: ReadonlySet<string> = new Set([
  'cruise',
  'ballistic',
  'guided',
  'hypersonic',
  'attack',
  'decoy',
  'kamikaze',
  'strike',
]);
