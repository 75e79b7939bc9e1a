/**
 * When two figures are about the same event (CLAIMS.md section 2).
 *
 * @module
 */
import type { Mention } from './mention';

type EventFields = Pick<Mention, 'metric' | 'group' | 'date' | 'place' | 'attacker'>;

/**
 * The grouping key of a figure's event, `metric|group|date|placeCode` (an empty group when
 * there is none), or `null` when the date or the place code is missing: such a figure is about
 * no event another figure can share. The attacker is left out, since a missing attacker matches
 * either side; {@link sameEvent} decides within a key.
 */
export function eventKey(m: EventFields): string | null {
  const code = m.place?.code;
  if (!m.date || !code) return null;
  return `${m.metric}|${m.group ?? ''}|${m.date}|${code}`;
}

/**
 * Whether two figures are about the same event: the same metric, group, date and place code
 * (a missing date or place code, as for a sea, matches nothing), and the same attacker unless
 * either side's is missing.
 */
export function sameEvent(a: EventFields, b: EventFields): boolean {
  const key = eventKey(a);
  if (key === null || key !== eventKey(b)) return false;
  return a.attacker === null || b.attacker === null || a.attacker === b.attacker;
}
