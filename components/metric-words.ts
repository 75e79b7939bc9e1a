/**
 * Metrics (CLAIMS.md section 1) in plain words, for the source card. Data, not control flow: a
 * new metric is one more row here.
 *
 * @module
 */

/** What each metric counts, as a reader would say it. */
export const METRIC_WORDS: Readonly<Record<string, string>> = {
  'drones.launched': 'drones launched',
  'drones.downed': 'drones shot down',
  'drones.suppressed': 'drones jammed or lost',
  'drones.neutralized': 'drones shot down or suppressed',
  'drones.hit': 'drones that hit their targets',
  'missiles.launched': 'missiles launched',
  'missiles.downed': 'missiles shot down',
  'missiles.suppressed': 'missiles jammed or lost',
  'missiles.neutralized': 'missiles shot down or suppressed',
  'missiles.hit': 'missiles that hit their targets',
  'aerial.launched': 'drones and missiles launched',
  'aerial.downed': 'drones and missiles shot down',
  'aerial.suppressed': 'drones and missiles jammed or lost',
  'aerial.neutralized': 'drones and missiles shot down or suppressed',
  'aerial.hit': 'drones and missiles that hit their targets',
  'people.killed': 'people killed',
  'people.injured': 'people injured',
  'people.hospitalized': 'people in hospital',
};

/** Who the people were, replacing "people" in a people metric. */
export const GROUP_WORDS: Readonly<Record<string, string>> = {
  civilians: 'civilians',
  children: 'children',
  military: 'military personnel',
};

/** Short forms for the badge's accessible name ("132 drones downed"). */
const SHORT_WORDS: Readonly<Record<string, string>> = {
  launched: 'launched',
  downed: 'downed',
  suppressed: 'suppressed',
  neutralized: 'neutralized',
  hit: 'hit',
  killed: 'killed',
  injured: 'injured',
  hospitalized: 'in hospital',
};

const KIND_WORDS: Readonly<Record<string, string>> = {
  drones: 'drones',
  missiles: 'missiles',
  aerial: 'drones and missiles',
};

/** The noun each plural above starts with, for a count of exactly one ("one drone shot down"). */
const SINGULAR: ReadonlyArray<readonly [string, string]> = [
  ['drones and missiles', 'drone or missile'],
  ['drones', 'drone'],
  ['missiles', 'missile'],
  ['people', 'person'],
  ['civilians', 'civilian'],
  ['children', 'child'],
  ['military personnel', 'member of the military'],
];

/**
 * A metric in plain words: "drones shot down", "civilians killed"; with `one`, the singular
 * ("one drone shot down"). An unknown metric is shown as written rather than guessed at.
 */
export function metricWords(metric: string, group: string | null = null, one = false): string {
  const base = METRIC_WORDS[metric];
  if (!base) return metric;
  const groupWords = group ? GROUP_WORDS[group] : undefined;
  const words =
    groupWords && metric.startsWith('people.') ? base.replace('people', groupWords) : base;
  return one ? singular(words) : words;
}

/** Plural words about a count of exactly one: "drones shot down" → "drone shot down". */
function singular(words: string): string {
  const match = SINGULAR.find(([plural]) => words.startsWith(`${plural} `));
  const one = match ? match[1] + words.slice(match[0].length) : words;
  return one.replace('that hit their targets', 'that hit its target');
}

/** Whether a value is exactly one, so its metric reads in the singular. */
export function isExactlyOne(value: { min: number | null; max: number | null }): boolean {
  return value.min === 1 && value.max === 1;
}

/**
 * The terse form used after a number in a label: "drones downed", "children injured"; with
 * `one`, the singular ("one person killed").
 */
export function metricShortWords(metric: string, group: string | null = null, one = false): string {
  const [kind = '', action = ''] = metric.split('.');
  const who = kind === 'people' ? (group && GROUP_WORDS[group]) || 'people' : KIND_WORDS[kind];
  const what = SHORT_WORDS[action];
  if (!who || !what) return metric;
  return one ? singular(`${who} ${what}`) : `${who} ${what}`;
}
