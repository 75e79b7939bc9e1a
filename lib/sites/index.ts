/**
 * Where Figure Check runs: the built-in news sites and the pure rules deciding per page.
 *
 * @module
 */
export {
  BUILT_IN_MATCHES,
  NEWS_SITES,
  SITE_KINDS,
  type NewsSite,
  type SiteKind,
} from './news-sites';
export {
  builtInSiteOf,
  isBuiltInSite,
  originPatternFor,
  ownBadgeMode,
  patternForKey,
  siteConfig,
  siteKeyOf,
  withSiteBadgeMode,
  type SiteConfig,
} from './site-key';
