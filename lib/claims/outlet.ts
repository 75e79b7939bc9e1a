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

/** Separators between a page title and the site's name: "Story | WirePulse", "Story - BBC News". */
const TITLE_SEPARATOR = /\s+[|\-–—•:]{1,2}\s+/;

function letters(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The site's name as the page title ends with it ("… | WirePulse" on wirepulse.example), for a
 * page that names its outlet nowhere else. Taken only when its letters are the host's own name
 * (a leading "The" aside), so a title ending in "Live updates" never becomes an outlet.
 */
export function titleOutlet(
  title: string | null | undefined,
  url: string | null | undefined,
): string | null {
  const host = hostOutlet(url);
  if (!title || !host) return null;
  const parts = title.split(TITLE_SEPARATOR);
  const last = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  if (last.length < 2 || last.length > 60) return null;
  const name = letters(last);
  const labels = host.toLowerCase().split('.');
  const matches = labels.slice(0, -1).some((label) => letters(label) === name);
  return name.length >= 3 && matches ? last : null;
}
