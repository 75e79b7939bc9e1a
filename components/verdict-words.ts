/**
 * How each verdict is said, so the badge never relies on colour alone: an icon, a count and a
 * sentence for screen readers.
 *
 * | verdict         | badge   | count                                   |
 * |-----------------|---------|-----------------------------------------|
 * | corroborated    | `✓ 2`   | other sources that agree                |
 * | conflicting     | `≠ 1`   | other sources that conflict             |
 * | mixed           | `± 3`   | other sources, agreeing and conflicting |
 * | single-source   | `1 source` | this page is the only source so far  |
 * | explained       | `= sum` | every difference explained (a sum, a part of one, or the latest toll) |
 * | updated         | `↑ newer count` | a later report gives a higher toll          |
 *
 * @module
 */
import type { FigureCheck, Other, Verdict } from '../lib/claims/claim';
import { formatValue } from '../lib/claims/interval';
import type { Mention } from '../lib/claims/mention';
import { isExactlyOne, metricShortWords } from './metric-words';

/** Icon and name of a verdict; the icon is decoration, the name is what it means. */
export const VERDICT_LOOK: Readonly<Record<Verdict, { icon: string; name: string }>> = {
  corroborated: { icon: '✓', name: 'Corroborated' },
  conflicting: { icon: '≠', name: 'Conflicting' },
  mixed: { icon: '±', name: 'Mixed' },
  'single-source': { icon: '', name: 'Single source' },
  explained: { icon: '=', name: 'Explained' },
  updated: { icon: '↑', name: 'Updated' },
};

/**
 * How a summary counts the figures of each verdict: "2 conflicting, 1 outdated, 1 explained".
 * An updated figure is counted as outdated: a later report gives a higher count, so this one is
 * out of date, not wrong.
 */
export const VERDICT_COUNT_WORD: Readonly<Record<Verdict, string>> = {
  corroborated: 'corroborated',
  conflicting: 'conflicting',
  mixed: 'mixed',
  'single-source': 'single source',
  explained: 'explained',
  updated: 'outdated',
};

/**
 * What explains a figure's differences, in a word or two: "sum" (this is a total of another
 * source's parts), "part" (another source's total adds this up with more), "latest",
 * "explained".
 */
function explainedWord(check: FigureCheck): string {
  const kinds = new Set(check.explained.map((e) => e.kind));
  if (kinds.size !== 1) return 'explained';
  if (!kinds.has('sum')) return 'latest';
  return check.explained.every((e) => e.part === true) ? 'part' : 'sum';
}

/**
 * Sources, not claims: one article that states a figure twice is still one source, so counts
 * are of distinct URLs.
 */
export function sourceCount(others: readonly Other[]): number {
  return new Set(others.map((o) => o.url)).size;
}

function sources(n: number): string {
  return `${n} ${n === 1 ? 'source' : 'sources'}`;
}

/** The badge's visible text after the icon: "2", or "1 source" for a single source. */
export function badgeText(check: FigureCheck): string {
  const agree = sourceCount(check.agree);
  const disagree = sourceCount(check.disagree);
  switch (check.verdict) {
    case 'corroborated':
      return String(agree);
    case 'conflicting':
      return String(disagree);
    case 'mixed':
      return String(sourceCount([...check.agree, ...check.disagree]));
    case 'single-source':
      return '1 source';
    case 'explained':
      return explainedWord(check);
    case 'updated':
      return 'newer count';
  }
}

/** What the verdict means in a sentence: "conflicting with 1 source". */
export function verdictPhrase(check: FigureCheck): string {
  const agree = sourceCount(check.agree);
  const disagree = sourceCount(check.disagree);
  switch (check.verdict) {
    case 'corroborated':
      return `corroborated by ${sources(agree)}`;
    case 'conflicting':
      return `conflicting with ${sources(disagree)}`;
    case 'mixed':
      return `mixed: ${sources(agree)} ${agree === 1 ? 'agrees' : 'agree'}, ${sources(disagree)} ${disagree === 1 ? 'conflicts' : 'conflict'}`;
    case 'single-source':
      return 'single source: no other source yet';
    case 'explained':
      return `explained: ${check.explained[0]?.because ?? 'the sources differ for a stated reason'}`;
    case 'updated':
      return `updated: ${check.explained.find((e) => e.later)?.because ?? 'a later report gives a higher count'}`;
  }
}

/** The figure as named in labels: "132 drones downed", "one person killed". */
export function figureName(
  mention: Pick<Mention, 'text' | 'metric' | 'group'> & Partial<Pick<Mention, 'value'>>,
): string {
  const one = mention.value ? isExactlyOne(mention.value) : false;
  return `${mention.text} ${metricShortWords(mention.metric, mention.group, one)}`;
}

/**
 * The badge button's accessible name:
 * "Figure 132 drones downed: conflicting with 1 source; open sources".
 */
export function badgeLabel(
  mention: Pick<Mention, 'text' | 'metric' | 'group'> & Partial<Pick<Mention, 'value'>>,
  check: FigureCheck,
): string {
  return `Figure ${figureName(mention)}: ${verdictPhrase(check)}; open sources`;
}

/** The verdict as a sentence for the card: "1 other source conflicts with this figure." */
export function verdictSentence(check: FigureCheck): string {
  const agree = sourceCount(check.agree);
  const disagree = sourceCount(check.disagree);
  const agrees = `${sources(agree)} ${agree === 1 ? 'agrees' : 'agree'}`;
  const conflicts = `${sources(disagree)} ${disagree === 1 ? 'conflicts' : 'conflict'}`;
  switch (check.verdict) {
    case 'corroborated':
      return `${agrees} with this figure.`;
    case 'conflicting':
      return `${conflicts} with this figure.`;
    case 'mixed':
      return `${agrees} with this figure; ${conflicts}.`;
    case 'single-source':
      return 'No other source has reported this event yet.';
    case 'explained':
      return 'Other sources give other numbers, and the news says why.';
    case 'updated':
      return 'A later report gives a higher count: this one is out of date, not wrong.';
  }
}

/** The first official record among the others, preferring one that agrees with the figure. */
export function officialRecord(check: FigureCheck): Other | null {
  const isOfficial = (o: Other): boolean => o.origin === 'official';
  // Two windows of a record can end on the same day; if either matches, the figure matches it.
  return check.agree.find(isOfficial) ?? check.disagree.find(isOfficial) ?? null;
}

/** An official record as named in the card: "Ukrainian Air Force record", "official record". */
export function officialRecordName(other: Pick<Other, 'attributedTo'>): string {
  return other.attributedTo ? `${other.attributedTo} record` : 'official record';
}

/**
 * The card's top line when an official record covers the same event:
 * "Matches the Ukrainian Air Force record (728)" or "The Ukrainian Air Force record says 728";
 * null when no other source is an official record.
 */
export function officialRecordLine(check: FigureCheck): string | null {
  const record = officialRecord(check);
  if (!record) return null;
  const name = officialRecordName(record);
  const value = formatValue(record.value);
  return record.agrees ? `Matches the ${name} (${value})` : `The ${name} says ${value}`;
}
