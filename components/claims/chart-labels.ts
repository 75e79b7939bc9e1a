/**
 * Words for the event chart: each mark's accessible name and the legend.
 *
 * @module
 */
import type { Claim } from '../../lib/claims/claim';
import type { OriginKind } from '../../lib/claims/claim-query';
import { formatValue } from '../../lib/claims/interval';
import { dateWords, originWords } from '../format';
import { hostOf } from '../safe-url';

/** Who a figure is from: its originator, else its outlet, else its site. */
export function sourceName(claim: Claim): string {
  return claim.attributedTo ?? claim.source.outlet ?? hostOf(claim.source.url) ?? 'unknown source';
}

/**
 * A mark's accessible name: "9 Jul 2025: 728, Ukrainian Air Force (official record)"; a
 * relayed figure names its outlet too ("…, Russian Defense Ministry via Reuters").
 */
export function markLabel(claim: Claim): string {
  const who = sourceName(claim);
  const outlet = claim.source.outlet;
  const via =
    claim.origin !== 'official' && claim.attributedTo && outlet && outlet !== who
      ? ` via ${outlet}`
      : '';
  const origin = originWords(claim.origin);
  const when = dateWords(claim.date) ?? 'no date';
  return `${when}: ${formatValue(claim.value)}, ${who}${via}${origin ? ` (${origin})` : ''}`;
}

/** The legend's words for each marker shape. */
export const KIND_LEGEND: Readonly<Record<OriginKind, string>> = {
  browsed: 'Page read',
  imported: 'Imported file',
  official: 'Official record',
  list: 'Team list',
};
