import type { BadgeMode, Settings } from '../../lib/settings/settings';
import { ownBadgeMode } from '../../lib/sites/site-key';
import { BadgeModeSelect } from './BadgeModeSelect';

export interface UserSitesProps {
  settings: Settings;
  /** Turns a site off again: its script, setting and permission go. */
  onRemove: (site: string) => void;
  onBadgeMode: (site: string, mode: BadgeMode | null) => void;
}

/** The sites the user turned on outside the built-in list. */
export function UserSites({ settings, onRemove, onBadgeMode }: UserSitesProps) {
  if (settings.enabledSites.length === 0) return <p class="muted">None yet.</p>;
  return (
    <ul class="site-list">
      {settings.enabledSites.map((site) => (
        <li key={site} class="site-row">
          <span class="site-name">{site}</span>
          <BadgeModeSelect
            id={`badges-user-${site}`}
            siteName={site}
            value={ownBadgeMode(settings, site)}
            globalMode={settings.badgeMode}
            onChange={(mode) => onBadgeMode(site, mode)}
          />
          <button type="button" onClick={() => onRemove(site)}>
            Remove<span class="visually-hidden"> {site}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
