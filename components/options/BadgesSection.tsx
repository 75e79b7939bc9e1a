import type { BadgeMode } from '../../lib/settings/settings';
import { BADGE_MODE_WORDS } from './BadgeModeSelect';

export interface BadgesSectionProps {
  mode: BadgeMode;
  onChange: (mode: BadgeMode) => void;
}

const MODES: readonly BadgeMode[] = ['all', 'conflicts', 'off'];

/** "Badges": the global badge mode, for sites without one of their own. */
export function BadgesSection({ mode, onChange }: BadgesSectionProps) {
  return (
    <section aria-labelledby="badges-heading">
      <h2 id="badges-heading">Badges</h2>
      <fieldset>
        <legend>Show badges after figures</legend>
        {MODES.map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="badge-mode"
              value={m}
              checked={mode === m}
              onChange={() => onChange(m)}
            />
            {BADGE_MODE_WORDS[m]}
          </label>
        ))}
      </fieldset>
      <p class="muted">A site's own choice above takes precedence over this one.</p>
    </section>
  );
}
