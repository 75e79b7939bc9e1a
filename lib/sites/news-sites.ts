/**
 * The news sites Figure Check runs on out of the box. Each domain stands for itself and all its
 * subdomains (`reuters.com` covers `www.reuters.com`). Only English editions are useful, since
 * the extractor reads English; where an outlet's English edition has a host of its own, that
 * host is listed rather than the whole domain.
 *
 * @module
 */

/** Why a site is on the list: a wire service, an outlet read worldwide, or from either side. */
export type SiteKind = 'wire' | 'international' | 'ukraine' | 'russia';

/** One built-in news site. */
export interface NewsSite {
  /** Lower-case registrable domain (or English-edition host); covers its subdomains. */
  domain: string;
  /** The outlet's name as readers know it. */
  name: string;
  kind: SiteKind;
}

/** The order kinds are shown in, with their headings. */
export const SITE_KINDS: readonly { kind: SiteKind; label: string }[] = [
  { kind: 'wire', label: 'Wire services' },
  { kind: 'international', label: 'International outlets' },
  { kind: 'ukraine', label: 'Ukrainian outlets (English editions)' },
  { kind: 'russia', label: 'Russian outlets (English editions)' },
];

const wire = (domain: string, name: string): NewsSite => ({ domain, name, kind: 'wire' });
const world = (domain: string, name: string): NewsSite => ({
  domain,
  name,
  kind: 'international',
});
const ua = (domain: string, name: string): NewsSite => ({ domain, name, kind: 'ukraine' });
const ru = (domain: string, name: string): NewsSite => ({ domain, name, kind: 'russia' });

/** The built-in list. No test or local hosts belong here: this list ships. */
export const NEWS_SITES: readonly NewsSite[] = Object.freeze([
  wire('reuters.com', 'Reuters'),
  wire('apnews.com', 'Associated Press'),
  wire('afp.com', 'AFP'),
  wire('bloomberg.com', 'Bloomberg'),
  wire('dpa-international.com', 'dpa International'),
  wire('upi.com', 'UPI'),
  wire('aa.com.tr', 'Anadolu Agency'),
  wire('kyodonews.net', 'Kyodo News'),
  wire('ansa.it', 'ANSA'),

  world('bbc.com', 'BBC'),
  world('bbc.co.uk', 'BBC (UK)'),
  world('theguardian.com', 'The Guardian'),
  world('nytimes.com', 'The New York Times'),
  world('washingtonpost.com', 'The Washington Post'),
  world('wsj.com', 'The Wall Street Journal'),
  world('cnn.com', 'CNN'),
  world('aljazeera.com', 'Al Jazeera'),
  world('dw.com', 'DW'),
  world('france24.com', 'France 24'),
  world('npr.org', 'NPR'),
  world('abc.net.au', 'ABC (Australia)'),
  world('abcnews.go.com', 'ABC News (US)'),
  world('cbc.ca', 'CBC'),
  world('news.sky.com', 'Sky News'),
  world('timesofindia.indiatimes.com', 'The Times of India'),
  world('scmp.com', 'South China Morning Post'),
  world('straitstimes.com', 'The Straits Times'),
  world('ft.com', 'Financial Times'),
  world('economist.com', 'The Economist'),
  world('politico.com', 'Politico'),
  world('politico.eu', 'Politico Europe'),
  world('euronews.com', 'Euronews'),
  world('independent.co.uk', 'The Independent'),
  world('telegraph.co.uk', 'The Telegraph'),
  world('thetimes.com', 'The Times'),
  world('cbsnews.com', 'CBS News'),
  world('nbcnews.com', 'NBC News'),
  world('foxnews.com', 'Fox News'),
  world('usatoday.com', 'USA Today'),
  world('latimes.com', 'Los Angeles Times'),
  world('axios.com', 'Axios'),
  world('time.com', 'Time'),
  world('newsweek.com', 'Newsweek'),
  world('rferl.org', 'Radio Free Europe/Radio Liberty'),
  world('voanews.com', 'Voice of America'),
  world('hindustantimes.com', 'Hindustan Times'),
  world('thehindu.com', 'The Hindu'),
  world('japantimes.co.jp', 'The Japan Times'),
  world('channelnewsasia.com', 'CNA'),
  world('smh.com.au', 'The Sydney Morning Herald'),
  world('theglobeandmail.com', 'The Globe and Mail'),
  world('irishtimes.com', 'The Irish Times'),
  world('rte.ie', 'RTÉ'),
  world('timesofisrael.com', 'The Times of Israel'),

  ua('kyivindependent.com', 'The Kyiv Independent'),
  ua('pravda.com.ua', 'Ukrainska Pravda'),
  ua('ukrinform.net', 'Ukrinform'),
  ua('kyivpost.com', 'Kyiv Post'),
  ua('english.nv.ua', 'NV (English)'),
  ua('newsukraine.rbc.ua', 'RBC-Ukraine (English)'),
  ua('suspilne.media', 'Suspilne'),
  ua('unn.ua', 'UNN'),
  ua('en.interfax.com.ua', 'Interfax-Ukraine'),
  ua('unian.info', 'UNIAN'),
  ua('euromaidanpress.com', 'Euromaidan Press'),
  ua('en.hromadske.ua', 'Hromadske (English)'),
  ua('mil.in.ua', 'Militarnyi'),
  ua('babel.ua', 'Babel'),

  ru('tass.com', 'TASS'),
  ru('rt.com', 'RT'),
  ru('meduza.io', 'Meduza'),
  ru('themoscowtimes.com', 'The Moscow Times'),
  ru('novayagazeta.eu', 'Novaya Gazeta Europe'),
  ru('interfax.com', 'Interfax'),
  ru('kommersant.ru', 'Kommersant'),
  ru('sputnikglobe.com', 'Sputnik (RIA Novosti)'),
  ru('theins.press', 'The Insider'),
  ru('zona.media', 'Mediazona'),
  ru('istories.media', 'iStories'),
]);

/**
 * Match patterns of the built-in sites for the static content script. `*.domain` also matches
 * the bare domain.
 */
export const BUILT_IN_MATCHES: string[] = NEWS_SITES.map((site) => `*://*.${site.domain}/*`);
