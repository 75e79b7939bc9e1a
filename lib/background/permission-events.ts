/**
 * The browser's permission events. A site permission the user grants is the user turning that
 * site on, even when the popup that asked is gone before the answer (Firefox closes it when the
 * prompt opens); a permission revoked in the browser's own settings turns the site off.
 *
 * @module
 */
import { handleSiteRequest, syncRegistrations, type SiteControl } from './site-requests';

/** The host of a single-site match pattern such as `*://news.example.org/…`; null for any other. */
export function hostOfPattern(pattern: string): string | null {
  const match = /^(?:\*|https?):\/\/([a-z0-9.-]+)\/\*$/i.exec(pattern);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Turns on each site whose permission was just granted.
 *
 * @returns The sites turned on.
 */
export async function sitesGranted(origins: readonly string[], control: SiteControl) {
  const sites: string[] = [];
  for (const origin of origins) {
    const host = hostOfPattern(origin);
    if (!host) continue;
    const answer = await handleSiteRequest(
      { type: 'set-site-enabled', url: `https://${host}/`, enabled: true },
      control,
    );
    if (answer.type === 'site-enabled-result' && answer.status.enabled) sites.push(host);
  }
  return sites;
}

/** Brings registrations and settings in line after permissions were revoked. */
export function sitesRevoked(control: SiteControl) {
  return syncRegistrations(control);
}
