import type { Action } from '../../claims/mention';

/**
 * What happened to people. `hospitalized` is those still in hospital at the time of writing
 * ("40 remain hospitalized", "44 are receiving inpatient treatment"): part of the injured, not a
 * toll, so it is read as `people.hospitalized`, outside CLAIMS.md's metrics, and compared with
 * nothing else.
 */
export type Casualty = 'killed' | 'injured' | 'hospitalized';

/**
 * A phrase that says what happened to weapons or people. `attack` verbs ("attacked", "struck")
 * mean launched when the weapons follow "with" ("struck Kyiv with 20 missiles") and hit when the
 * weapons are their subject ("20 drones struck Kyiv").
 */
export interface ActionPhrase {
  words: readonly string[];
  action?: Action;
  casualty?: Casualty;
  attack?: boolean;
  /** A gerund or present participle ("targeting"): often a modifier, not the clause's verb. */
  progressive?: boolean;
  /** A noun that names the action ("the downing of"): only read before the figure. */
  nominal?: boolean;
  /**
   * Only ever a clause's own verb, never a participle modifying a noun ("died", unlike "killed"):
   * "a woman injured in the attack died" is one killed.
   */
  finite?: boolean;
}

const p = (words: string, rest: Omit<ActionPhrase, 'words'>): ActionPhrase => ({
  words: words.split(' '),
  ...rest,
});

export const ACTION_PHRASES: readonly ActionPhrase[] = [
  // launched
  ...[
    'launched',
    'launch',
    'launches',
    'fired',
    'fires',
    'sent',
    'sends',
    'unleashed',
    'unleashes',
    'deployed',
    'used',
  ].map((w) => p(w, { action: 'launched' })),
  ...['launching', 'firing', 'sending', 'unleashing', 'using', 'deploying', 'entering'].map((w) =>
    p(w, { action: 'launched', progressive: true }),
  ),
  p('entered', { action: 'launched' }),
  // "drones headed for Moscow have been destroyed": usually a modifier, so a later verb wins.
  ...[
    'headed toward',
    'headed towards',
    'headed for',
    'heading toward',
    'heading towards',
    'heading for',
    'flying toward',
    'flying towards',
  ].map((w) => p(w, { action: 'launched', progressive: true })),
  // "the attacks, which included over 800 drones": what an attack included was launched.
  ...['which included', 'that included', 'which involved', 'that involved'].map((w) =>
    p(w, { action: 'launched', nominal: true }),
  ),
  // "The attack on Nov. 28 involved about 200 missiles and drones".
  ...['involved', 'included'].map((w) => p(w, { action: 'launched', nominal: true })),
  ...['targeted', 'attacked'].map((w) => p(w, { action: 'launched', attack: true })),
  // Headlines speak in the present: "Over 140 Ukrainian drones target Moscow region".
  ...['target', 'targets'].map((w) => p(w, { action: 'launched', attack: true })),
  // "Two Ukrainian drones tried to attack a facility": an attempt, whatever came of it.
  ...['tried to attack', 'attempted to attack', 'tried to strike', 'attempted to strike'].map((w) =>
    p(w, { action: 'launched' }),
  ),
  ...['targeting', 'attacking'].map((w) =>
    p(w, { action: 'launched', attack: true, progressive: true }),
  ),
  ...['launch of', 'launches of', 'barrage of', 'wave of', 'salvo of', 'swarm of'].map((w) =>
    p(w, { action: 'launched', nominal: true }),
  ),
  ...['attack with', 'attack involving', 'assault with', 'attacks with', 'strike with'].map((w) =>
    p(w, { action: 'launched', nominal: true }),
  ),
  // downed
  ...[
    'downed',
    'destroyed',
    'intercepted',
    'shot down',
    'brought down',
    'taken down',
    'knocked down',
    'shoot down',
    'destroy',
    'intercept',
    'eliminated',
    'finished off',
    // Headlines speak in the present: "Ukraine downs 32 drones", "Russia shoots down 47".
    'downs',
    'down',
    'destroys',
    'intercepts',
    'shoots down',
  ].map((w) => p(w, { action: 'downed' })),
  ...['downing', 'destroying', 'intercepting', 'shooting down', 'bringing down'].map((w) =>
    p(w, { action: 'downed', progressive: true }),
  ),
  ...[
    'downing of',
    'destruction of',
    'interception of',
    'interceptions of',
    'shootdown of',
    'shooting down of',
  ].map((w) => p(w, { action: 'downed', nominal: true })),
  // suppressed
  ...[
    'suppressed',
    'jammed',
    'locationally lost',
    'lost from radar',
    'lost from radars',
    'lost on radar',
    'lost on radars',
    'failed to reach their targets',
    'failed to reach their target',
    'did not reach their targets',
    'did not reach their target',
    'failed to reach',
    'diverted by electronic warfare',
    // "226 were lost, likely jammed": weapons lost to air defence are lost to jamming.
    'lost',
  ].map((w) => p(w, { action: 'suppressed' })),
  // "another 119 disappeared from radar", "25 drones diverted off course": the Air Force's words
  // for drones lost to electronic warfare; no participle, so always the clause's own verb.
  ...[
    'disappeared from radar',
    'disappeared from radars',
    'vanished from radar',
    'vanished from radars',
    'deviated off course',
    'diverted off course',
    'veered off course',
  ].map((w) => p(w, { action: 'suppressed', finite: true })),
  // neutralized
  ...['neutralized', 'neutralised', 'neutralize', 'neutralise'].map((w) =>
    p(w, { action: 'neutralized' }),
  ),
  ...['neutralizing', 'neutralising'].map((w) =>
    p(w, { action: 'neutralized', progressive: true }),
  ),
  // hit
  // "The region was attacked by three drones", "Ukraine was hit by 477 drones": the weapons are
  // the agent, launched at it (reports give them before any were shot down).
  ...['attacked by', 'struck by', 'targeted by', 'hit by'].map((w) =>
    p(w, { action: 'launched', nominal: true }),
  ),
  ...['crashed into', 'crashed onto', 'slammed into'].map((w) => p(w, { action: 'hit' })),
  ...['struck', 'hit', 'impacted', 'reached their targets', 'reached their target', 'landed'].map(
    (w) => p(w, { action: 'hit', attack: w === 'struck' || w === 'hit' }),
  ),
  // Headlines' plural present: "800 drones strike Ukraine".
  p('strike', { action: 'hit', attack: true }),
  // "Russia hits Kyiv with 300 drones": a headline's present, always with the weapons after "with".
  p('hits', { action: 'launched', attack: true }),
  // Heavier words for "struck" and "hits": "Russia pounded Kyiv with 550 drones", "Russia pounds
  // Ukraine with 400 drones". The past, like "struck", says hit of its subject.
  ...['pounded', 'bombarded', 'battered', 'pummelled', 'pummeled', 'hammered'].map((w) =>
    p(w, { action: 'hit', attack: true }),
  ),
  // "as Russia continued to pound Ukraine with drones": the plain form after "to" or a modal.
  ...[
    'pounds',
    'bombards',
    'batters',
    'pummels',
    'hammers',
    'pound',
    'bombard',
    'batter',
    'pummel',
    'hammer',
  ].map((w) => p(w, { action: 'launched', attack: true })),
  ...[
    'evaded air defenses',
    'evaded air defences',
    'made impact',
    'penetrated air defenses',
    'penetrated air defences',
    'got through',
  ].map((w) => p(w, { action: 'hit' })),
  ...['penetrating air defenses', 'penetrating air defences', 'penetrating'].map((w) =>
    p(w, { action: 'hit', progressive: true }),
  ),
  ...['impacting', 'striking', 'hitting'].map((w) => p(w, { action: 'hit', progressive: true })),
  ...['hits by', 'strikes by', 'impacts by', 'impacts of'].map((w) =>
    p(w, { action: 'hit', nominal: true }),
  ),
  // people
  ...['killed', 'dead', 'kill', 'kills'].map((w) => p(w, { casualty: 'killed' })),
  ...['died', 'lost their lives', 'perished'].map((w) =>
    p(w, { casualty: 'killed', finite: true }),
  ),
  p('killing', { casualty: 'killed', progressive: true }),
  ...[
    'death toll',
    'death toll rose to',
    'death toll climbed to',
    'deaths of',
    'claimed the lives of',
    'took the lives of',
    // Wire copy translated from Russian drops the article: "took lives of 28 civilians".
    'claimed lives of',
    'took lives of',
    'claiming the lives of',
    'taking the lives of',
    'claims the lives of',
    'takes the lives of',
  ].map((w) => p(w, { casualty: 'killed', nominal: true })),
  ...[
    'injured',
    'wounded',
    'hurt',
    'injure',
    'injures',
    'wounds',
    'hospitalized',
    'hospitalised',
    'sustained injuries',
    'suffered injuries',
    'received injuries',
    'sustained wounds',
    'suffered wounds',
    // "A 70-year-old woman suffered gunshot wounds": the kind of wound between verb and noun.
    ...['suffered', 'sustained'].flatMap((verb) =>
      ['shrapnel', 'gunshot', 'minor', 'serious', 'severe', 'blast'].flatMap((kind) => [
        `${verb} ${kind} wounds`,
        `${verb} ${kind} injuries`,
      ]),
    ),
    'suffered burns',
    'sustained burns',
    'left injured',
    'left wounded',
    'sought medical assistance',
    'sought medical help',
    'sought medical treatment',
    'sought medical attention',
    'needed medical assistance',
    'required medical assistance',
    'received medical care',
    'received medical assistance',
    'received medical help',
    'received medical aid',
    'received medical treatment',
    'sought medical care',
  ].map((w) => p(w, { casualty: 'injured' })),
  ...['left dead'].map((w) => p(w, { casualty: 'killed' })),
  ...[
    'remain hospitalized',
    'remain hospitalised',
    'remain in hospital',
    'remained in hospital',
    'are hospitalized',
    'are hospitalised',
    'are in hospital',
    'are still in hospital',
    'receiving inpatient treatment',
    'undergoing inpatient treatment',
    'are receiving inpatient treatment',
    'are undergoing inpatient treatment',
  ].map((w) => p(w, { casualty: 'hospitalized' })),
  ...['injuring', 'wounding'].map((w) => p(w, { casualty: 'injured', progressive: true })),
  ...['number of injured', 'number of wounded', 'injury toll'].map((w) =>
    p(w, { casualty: 'injured', nominal: true }),
  ),
];

/**
 * "attack" and "attacks" are nouns far more often than verbs ("12 attacks on Kharkiv", "in Russian
 * attacks"), so they are no action phrase. Right after a side's name and before "with" and the
 * weapons they are the verb of a headline: "Russia attacks Ukraine with 48 drones".
 */
export const SIDE_ATTACK_VERBS: ReadonlySet<string> = new Set(['attacks', 'attack']);

/** The phrase such a verb stands for: it launched the weapons after "with". */
export const SIDE_ATTACK: ActionPhrase = { words: ['attacks'], action: 'launched', attack: true };

/** Nouns after a number that carry the casualty themselves: "12 dead", "40 wounded", "3 deaths". */
export const CASUALTY_HEADS: Readonly<Record<string, Casualty>> = {
  dead: 'killed',
  deaths: 'killed',
  fatalities: 'killed',
  killed: 'killed',
  injured: 'injured',
  wounded: 'injured',
  injuries: 'injured',
  hurt: 'injured',
  // "83 victims are known": in casualty reports, victims are the hurt unless said dead.
  victims: 'injured',
};

/**
 * Participles that may stand before a casualty head, though they also say who spoke: "22 reported
 * injuries", "12 confirmed deaths".
 */
export const CASUALTY_HEAD_MODIFIERS: ReadonlySet<string> = new Set([
  'reported',
  'confirmed',
  'recorded',
]);

/** Words that, after "or"/"and", turn "downed" into "downed or suppressed" = neutralized. */
export const SUPPRESSION_WORDS: ReadonlySet<string> = new Set([
  'suppressed',
  'jammed',
  'neutralized',
  'neutralised',
  'lost',
]);
