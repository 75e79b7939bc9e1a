import type { BadgeMode, Settings } from '../../lib/settings/settings';
import type { NewsSite } from '../../lib/sites/news-sites';
import { BuiltInSites } from './BuiltInSites';
import { UserSites } from './UserSites';

export interface SitesSectionProps {
  settings: Settings;
  /** Turns Figure Check on or off for a site, by its key. */
  onSiteEnabled: (site: string, enabled: boolean) => void;
  onBadgeMode: (site: string, mode: BadgeMode | null) => void;
}

/** "Where Figure Check runs": the built-in sites and the ones the user turned on. */
export function SitesSection({ settings, onSiteEnabled, onBadgeMode }: SitesSectionProps) {
  const toggle = (site: NewsSite, enabled: boolean) => onSiteEnabled(site.domain, enabled);
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Where Figure Check runs</h2>
      <p>
        Figure Check checks figures on the news sites below. To use it on another site, open a page
        of that site, click the Figure Check button in the toolbar and choose “Check figures on this
        site”.
      </p>
      <h3 id="user-sites">Sites you turned on</h3>
      <UserSites
        settings={settings}
        onRemove={(site) => onSiteEnabled(site, false)}
        onBadgeMode={onBadgeMode}
      />
      <BuiltInSites settings={settings} onToggle={toggle} onBadgeMode={onBadgeMode} />
    </section>
  );
}
