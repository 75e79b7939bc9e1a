/**
 * Which URL a page's figures are recorded under. A page names its canonical URL itself
 * (`<link rel=canonical>`, `og:url`), so a hostile page could name another outlet's article and
 * have its own figures replace that article's. A canonical URL is therefore taken only when it
 * is on the same site (registrable domain) as the page; otherwise the page's own address is.
 *
 * @module
 */

/**
 * Second-level labels that are public suffixes under a two-letter country code (`co.uk`,
 * `com.ua`, `kiev.ua`): under them, a site is one label further down. Not the whole Public
 * Suffix List (which would add some 100 KB to every page): when a suffix is missing here, two
 * sites under it look like one, and only then does a canonical URL from one count for the other.
 */
const COUNTRY_SECOND_LEVEL: ReadonlySet<string> = new Set(
  [
    'ac biz co com edu gen go gob gouv gov govt gv in info int lg ltd me mil ne net nhs nic nom',
    'or org plc police pp sch web',
    // Ukrainian and Russian city and region domains.
    'cherkassy chernigov chernovtsy crimea dnepropetrovsk dp donetsk if kh kharkiv kharkov',
    'kherson kiev kyiv lugansk lutsk lviv mk msk nikolaev od odesa odessa poltava rv sebastopol',
    'sevastopol spb sumy te uz uzhgorod vinnica vn zaporizhzhe zhitomir zp zt',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Hosts where anyone can publish under a name of their own (`someone.github.io`): each host is
 * its own site, so one publisher's page cannot name another's.
 */
const SHARED_HOSTING: readonly string[] = [
  'amazonaws.com appspot.com azurewebsites.net blogspot.com cloudfront.net firebaseapp.com',
  'github.io gitlab.io glitch.me herokuapp.com livejournal.com medium.com netlify.app pages.dev',
  'substack.com tumblr.com vercel.app web.app wordpress.com workers.dev',
]
  .join(' ')
  .split(' ');

/**
 * The registrable domain of a host name (`www.bbc.co.uk` → `bbc.co.uk`, `news.example.com` →
 * `example.com`); an IP address, a single label and a shared-hosting name are their own.
 */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(name) || name.includes(':') || name.startsWith('[')) return name;
  if (SHARED_HOSTING.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return name;
  const labels = name.split('.');
  if (labels.length <= 2) return name;
  const [second, top] = labels.slice(-2) as [string, string];
  const keep = top.length === 2 && COUNTRY_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** An http(s) URL parsed, or null. */
function httpUrl(text: string | null | undefined): URL | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The URL a page's figures are recorded under: `claimed` (the page's canonical URL) when it is
 * an http(s) URL on the same registrable domain as `pageUrl`, the address the page was loaded
 * from; else `pageUrl` itself, without its fragment.
 */
export function trustedSourceUrl(claimed: string | null | undefined, pageUrl: string): string {
  const page = httpUrl(pageUrl);
  const canonical = httpUrl(claimed);
  if (page && canonical) {
    if (registrableDomain(canonical.hostname) === registrableDomain(page.hostname))
      return canonical.href;
  }
  if (!page) return pageUrl;
  page.hash = '';
  return page.href;
}
