import type { FigureCheck } from '../lib/claims/claim';
import type { Mention } from '../lib/claims/mention';
import { VERDICT_LOOK, badgeLabel, badgeText, verdictPhrase } from './verdict-words';

/** What a badge shows: one figure of the page and its check. */
export interface BadgeProps {
  mention: Pick<Mention, 'text' | 'metric' | 'group'>;
  check: FigureCheck;
  /** Whether this badge's source card is open (for `aria-expanded`). */
  expanded: boolean;
  /** Opens or closes the card; the button fires it on click, Enter and Space. */
  onToggle: () => void;
}

/**
 * The verdict after a figure: a small button with an icon and a count, so the verdict reads
 * without colour ("✓ 2", "≠ 1", "± 3", "1 source"), and a full sentence as its accessible name.
 */
export function Badge({ mention, check, expanded, onToggle }: BadgeProps) {
  const look = VERDICT_LOOK[check.verdict];
  const onClick = (event: MouseEvent): void => {
    // The figure may sit inside a link or a page widget: the badge's click is the badge's alone.
    event.preventDefault();
    event.stopPropagation();
    // Only the reader opens a card: a page script's `click()` or dispatched event is untrusted.
    if (event.isTrusted) onToggle();
  };
  return (
    <button
      type="button"
      class={`badge v-${check.verdict}`}
      aria-label={badgeLabel(mention, check)}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      title={`${look.name}: ${verdictPhrase(check)}. Click for the sources.`}
      onClick={onClick}
    >
      {look.icon ? (
        <span class="icon" aria-hidden="true">
          {look.icon}
        </span>
      ) : null}
      {badgeText(check)}
    </button>
  );
}
