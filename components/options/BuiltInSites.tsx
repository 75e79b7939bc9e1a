import type { BadgeMode, Settings } from '../../lib/settings/settings';
import { NEWS_SITES, SITE_KINDS, type NewsSite } from '../../lib/sites/news-sites';
import { ownBadgeMode } from '../../lib/sites/site-key';
import { BadgeModeSelect } from './BadgeModeSelect';

export interface BuiltInSitesProps {
  settings: Settings;
  /** Turns Figure Check on or off for a built-in site. */
  onToggle: (site: NewsSite, enabled: boolean) => void;
  onBadgeMode: (site: string, mode: BadgeMode | null) => void;
}

/** The built-in news sites by kind, each with a switch and its badge mode. */
export function BuiltInSites({ settings, onToggle, onBadgeMode }: BuiltInSitesProps) {
  return (
    <>
      {SITE_KINDS.map(({ kind, label }) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`}>{label}</h3>
          <ul class="site-list">
            {NEWS_SITES.filter((site) => site.kind === kind).map((site) => {
              const switchId = `run-${site.domain}`;
              return (
                <li key={site.domain} class="site-row">
                  <input
                    type="checkbox"
                    role="switch"
                    id={switchId}
                    checked={!settings.disabledSites.includes(site.domain)}
                    onChange={(e) => onToggle(site, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <label for={switchId} class="site-name">
                    {site.name} <span class="muted">{site.domain}</span>
                  </label>
                  <BadgeModeSelect
                    id={`badges-${site.domain}`}
                    siteName={site.name}
                    value={ownBadgeMode(settings, site.domain)}
                    globalMode={settings.badgeMode}
                    onChange={(mode) => onBadgeMode(site.domain, mode)}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
