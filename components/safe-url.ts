import { hostOutlet } from '../lib/claims/outlet';

/**
 * Links in the card come from other pages' metadata and from shared lists, so only plain web
 * addresses become links: `javascript:`, `data:` and the like are shown as text.
 *
 * @returns the normalised URL if it is http(s), else null.
 */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The host name of a URL without `www.`, for a source with no outlet name; else null. */
export const hostOf = hostOutlet;
