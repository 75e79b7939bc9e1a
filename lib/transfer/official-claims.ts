/**
 * A window of the Air Force's record as claims: one per count the rows gave, for drones, for
 * missiles and, when the window has both, for drones and missiles together (`aerial.*`).
 *
 * @module
 */
import { ClaimSchema, type Claim } from '../claims/claim';
import { claimFromMention, hash128 } from '../claims/claim-id';
import type { Mention } from '../claims/mention';
import { issuesMessage } from './import-claim';
import { kyivDayWords, kyivWords } from './kyiv-date';
import {
  COUNTS,
  OFFICIAL_BODY,
  OFFICIAL_DATASET_URL,
  type CountAction,
  type OfficialWindow,
  type Tally,
} from './official-dataset';

/** Words for a count of weapons: [one, many]. */
const KIND_WORDS = {
  drones: ['drone', 'drones'],
  missiles: ['missile', 'missiles'],
  aerial: ['drone or missile', 'drones and missiles'],
} as const;
const ACTION_WORDS: Record<CountAction, readonly [string, string]> = {
  launched: ['launched', 'launched'],
  downed: ['shot down', 'shot down'],
  suppressed: ['failed to reach its target', 'failed to reach their targets'],
};

/** The window as people read it: "8 Jul 2025 18:00 – 9 Jul 2025 08:30", or one day. */
export function windowWords(w: OfficialWindow): string {
  const start = kyivWords(w.start);
  const end = kyivWords(w.end);
  return start === end ? end : `${start} – ${end}`;
}

/** The dataset's page with a fragment naming the window, for windows without a source link. */
function windowUrl(w: OfficialWindow): string {
  const at = (t: OfficialWindow['start']): string => (t.time ? `${t.date}T${t.time}` : t.date);
  return `${OFFICIAL_DATASET_URL}#window=${at(w.start)}--${at(w.end)}`;
}

function modelWords(tallies: readonly Tally[]): string {
  const models = [...new Set(tallies.flatMap((t) => t.models))];
  const more = tallies.some((t) => t.otherModels);
  return models.length ? ` (${models.join(', ')}${more ? ' and others' : ''})` : '';
}

/** The id of a window's record of one count: derived from the window and the metric only. */
export function officialClaimId(w: OfficialWindow, metric: string): string {
  const at = (t: OfficialWindow['start']): string => (t.time ? `${t.date}T${t.time}` : t.date);
  return 'c_' + hash128(JSON.stringify(['official/1', at(w.start), at(w.end), metric]));
}

/**
 * The claims of one window. Ids, timestamps and quotes depend only on the file, never on the
 * clock, so importing the same file again gives identical claims: createdAt and updatedAt are
 * the window's end.
 *
 * @returns the claims, and messages for any that did not validate (e.g. an over-long source).
 */
export function windowClaims(w: OfficialWindow): { claims: Claim[]; errors: string[] } {
  const claims: Claim[] = [];
  const errors: string[] = [];
  const source = {
    url: w.url ?? windowUrl(w),
    outlet: OFFICIAL_BODY,
    title: `Air Force record, ${kyivDayWords(w.end)}`,
    publishedAt: w.end.iso,
  };
  const words = windowWords(w);
  for (const kind of ['drones', 'missiles', 'aerial'] as const) {
    for (const [, action] of COUNTS) {
      const tallies =
        kind === 'aerial'
          ? [w.tallies.get(`drones.${action}`), w.tallies.get(`missiles.${action}`)]
          : [w.tallies.get(`${kind}.${action}`)];
      // aerial.* only where both drones and missiles gave this count: a total of one kind
      // alone would be read as a combined figure.
      if (!tallies.every((t): t is Tally => t !== undefined)) continue;
      const n = tallies.reduce((sum, t) => sum + t.sum, 0);
      const many = n === 1 ? 0 : 1;
      const what = `${KIND_WORDS[kind][many]} ${ACTION_WORDS[action][many]}`;
      const mention: Mention = {
        text: String(n),
        quote: `${OFFICIAL_BODY} record for ${words}: ${n} ${what}${modelWords(tallies)}.`,
        metric: `${kind}.${action}`,
        value: { n, min: n, max: n, qualifier: 'exact' },
        attacker: 'RU',
        group: null,
        place: { name: 'Ukraine', code: 'UA', level: 'country' },
        date: w.end.date,
        attributedTo: OFFICIAL_BODY,
      };
      // One record per window and count: the id names those, not the number, so a later copy of
      // the dataset that corrects a window replaces the old record instead of standing beside it.
      const claim = {
        ...claimFromMention(mention, source, 'official', w.end.iso),
        id: officialClaimId(w, mention.metric),
      };
      const checked = ClaimSchema.safeParse(claim);
      if (checked.success) claims.push(checked.data);
      else errors.push(`${mention.metric}: ${issuesMessage(checked.error)}`);
    }
  }
  return { claims, errors };
}
