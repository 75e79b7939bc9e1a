import type { BadgeMode } from '../../lib/settings/settings';

/** The words for each badge mode, shared by the global choice and the per-site selects. */
export const BADGE_MODE_WORDS: Readonly<Record<BadgeMode, string>> = {
  all: 'On every figure',
  conflicts: 'Only where sources conflict',
  off: 'Off',
};

export interface BadgeModeSelectProps {
  /** Unique among the page's controls: the label points at it. */
  id: string;
  /** Who the choice is for, for the label: "Badges on Reuters". */
  siteName: string;
  /** The site's own mode, or null for "the global one". */
  value: BadgeMode | null;
  /** The global mode, named in the "default" option. */
  globalMode: BadgeMode;
  onChange: (mode: BadgeMode | null) => void;
}

const DEFAULT = 'default';

/** One site's badge mode: its own, or the global default. */
export function BadgeModeSelect({
  id,
  siteName,
  value,
  globalMode,
  onChange,
}: BadgeModeSelectProps) {
  const choose = (event: Event): void => {
    const chosen = (event.currentTarget as HTMLSelectElement).value;
    onChange(chosen === 'all' || chosen === 'conflicts' || chosen === 'off' ? chosen : null);
  };
  return (
    <span class="badge-select">
      <label for={id} class="visually-hidden">
        Badges on {siteName}
      </label>
      <select id={id} value={value ?? DEFAULT} onChange={choose}>
        <option value={DEFAULT}>Default ({BADGE_MODE_WORDS[globalMode].toLowerCase()})</option>
        <option value="all">{BADGE_MODE_WORDS.all}</option>
        <option value="conflicts">{BADGE_MODE_WORDS.conflicts}</option>
        <option value="off">{BADGE_MODE_WORDS.off}</option>
      </select>
    </span>
  );
}
