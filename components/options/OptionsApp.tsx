import { send } from '../../lib/messages/client';
import type { BadgeMode, Settings } from '../../lib/settings/settings';
import { isBuiltInSite, siteSwitchPatch, withSiteBadgeMode } from '../../lib/sites/site-key';
import { BadgesSection } from './BadgesSection';
import { DataSection } from './DataSection';
import { failureText, type OptionsEnv } from './options-env';
import { RecordingSection } from './RecordingSection';
import { SettingsNotice } from './SettingsNotice';
import { SitesSection } from './SitesSection';
import { TeamListsSection } from './TeamListsSection';
import { useAnnouncer } from './use-announcer';
import { useSettings } from './use-settings';

/** The options page. Every change is stored at once and announced ("Saved"). */
export function OptionsApp({ env }: { env: OptionsEnv }) {
  const { settings, error, notice, update, apply } = useSettings(env);
  const [status, announce] = useAnnouncer();

  /** Runs one change, then says whether it was stored. */
  const saving = (change: () => Promise<unknown>): void => {
    change().then(
      () => announce('Saved.'),
      (e: unknown) => announce(`Not saved: ${failureText(e)}`),
    );
  };
  const save = (change: (current: Settings) => Partial<Settings>) => saving(() => update(change));

  // Through the background, which also registers or removes the site's script and permission.
  const setSiteEnabled = (site: string, enabled: boolean) => {
    const url = `https://${site}/`;
    saving(() =>
      apply(
        (now) => siteSwitchPatch(now, site, isBuiltInSite(url), enabled),
        () => send(env.send, { type: 'set-site-enabled', url, enabled }),
      ),
    );
  };
  const setBadgeMode = (site: string, mode: BadgeMode | null) =>
    save((now) => ({ siteBadgeModes: withSiteBadgeMode(now.siteBadgeModes, site, mode) }));

  return (
    <main class="options">
      <h1>Figure Check — Options</h1>
      {notice.length ? <SettingsNotice names={notice} /> : null}
      {error ? (
        <p class="error" role="alert">
          The settings could not be read: {error}
        </p>
      ) : null}
      {settings ? (
        <>
          <SitesSection
            settings={settings}
            onSiteEnabled={setSiteEnabled}
            onBadgeMode={setBadgeMode}
          />
          <BadgesSection
            mode={settings.badgeMode}
            onChange={(badgeMode) => save(() => ({ badgeMode }))}
          />
          <RecordingSection
            recordBrowsed={settings.recordBrowsed}
            retentionDays={settings.retentionDays}
            onRecord={(recordBrowsed) => save(() => ({ recordBrowsed }))}
            onRetention={(retentionDays) => save(() => ({ retentionDays }))}
          />
          <TeamListsSection
            env={env}
            announce={announce}
            syncMinutes={settings.syncMinutes}
            onSyncMinutes={(syncMinutes) => save(() => ({ syncMinutes }))}
          />
        </>
      ) : error ? null : (
        <p class="muted">Loading…</p>
      )}
      <DataSection env={env} announce={announce} />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
