/**
 * The outlet name of last resort: a page's host without "www." ("bbc.example"). Only http(s)
 * URLs have one; anything else, or a URL that does not parse, gives null.
 */
export function hostOutlet(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}
