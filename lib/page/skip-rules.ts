/**
 * Which elements never hold article text. The rules are data so that a new kind of clutter is a
 * new list entry, not new control flow.
 */
import { isOwnInline } from './own-tags';

/** Tags whose whole subtree is never article text. */
// prettier-ignore
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'nav', 'footer', 'aside', 'form', 'input', 'textarea', 'select', 'option', 'button', 'script',
  'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'canvas',
  'video', 'audio', 'map', 'dialog', 'menu', 'address', 'head', 'title', 'meta', 'link',
]);

/** ARIA landmark roles that mark page chrome rather than the story. */
// prettier-ignore
export const SKIP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
  'dialog', 'alertdialog',
]);

/**
 * Keyword patterns for class names, ids and `data-*` attributes. Each pattern is a run of tokens
 * that must appear in order inside one class name, split on `-`, `_` and camelCase, so that
 * `header-ad` matches `ad` while `headline`, `shadow` and `loaded` do not.
 */
// prettier-ignore
export const SKIP_KEYWORDS: readonly (readonly string[])[] = [
  // related and recirculation boxes: their headlines carry other stories' figures
  ['related'], ['most', 'read'], ['mostread'], ['most', 'popular'], ['mostpopular'], ['popular'],
  ['trending'], ['read', 'more'], ['readmore'], ['also', 'read'], ['alsoread'], ['read', 'also'],
  ['read', 'next'], ['see', 'also'], ['more', 'stories'], ['more', 'news'], ['latest', 'news'],
  ['top', 'stories'], ['recommended'], ['recommendations'], ['recirc'], ['recirculation'],
  ['outbrain'], ['taboola'],
  // advertising
  ['ad'], ['ads'], ['adslot'], ['adunit'], ['adsbygoogle'], ['advert'], ['adverts'],
  ['advertisement'], ['advertising'], ['dfp'], ['sponsor'], ['sponsored'], ['promo'], ['promos'],
  ['promoted'], ['promotion'], ['newsletter'], ['subscribe'], ['signup'], ['paywall'],
  // reader discussion and sharing
  ['comment'], ['comments'], ['disqus'], ['replies'], ['share'], ['sharing'], ['sharebar'],
  // page chrome
  ['breadcrumb'], ['breadcrumbs'], ['tag'], ['tags'], ['topics'], ['byline'], ['author'],
  ['authors'], ['sidebar'], ['rail'], ['navbar'], ['nav'], ['navigation'], ['menu'],
  ['masthead'], ['site', 'header'], ['page', 'header'], ['footer'], ['cookie'], ['consent'],
  ['sr', 'only'], ['visually', 'hidden'], ['screen', 'reader'],
];

/**
 * Tokens that turn a keyword into a state flag on a wrapper (`has-sidebar`, `comments-open`):
 * such wrappers often hold the whole story, so they must not be skipped.
 */
// prettier-ignore
export const STATE_PREFIXES: ReadonlySet<string> = new Set([
  'has', 'with', 'without', 'no', 'show', 'hide', 'enable', 'enabled', 'disable', 'disabled',
  'allow',
]);
// prettier-ignore
export const STATE_SUFFIXES: ReadonlySet<string> = new Set([
  'open', 'closed', 'enabled', 'disabled', 'allowed', 'on', 'off', 'free',
]);

/**
 * `data-*` attribute names that mark ad slots by their mere presence (`data-ad-slot`). Other names
 * are not judged: wrappers of the whole story carry names like `data-share-url`.
 */
export const AD_DATA_NAMES: ReadonlySet<string> = new Set(['ad', 'ads', 'adslot', 'adunit', 'dfp']);

/** `data-*` values longer than this are payloads (JSON, URLs), not names worth matching. */
const MAX_DATA_VALUE = 64;
/** Attributes beyond this many are not inspected, so a hostile element cannot stall the walk. */
const MAX_ATTRIBUTES = 40;

/** What the text walker does with an element. */
export type SkipVerdict = 'keep' | 'skip' | 'headline-only';

/** Splits one class name or id into lower-case tokens at `-`, `_`, digits and camelCase humps. */
export function nameTokens(name: string): string[] {
  return name
    .slice(0, 200)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((t) => t.length > 0);
}

function matchesAt(tokens: readonly string[], pattern: readonly string[], at: number): boolean {
  for (let k = 0; k < pattern.length; k++) if (tokens[at + k] !== pattern[k]) return false;
  return true;
}

/** True when one class name / id / data value names clutter (see {@link SKIP_KEYWORDS}). */
export function nameMarksClutter(name: string): boolean {
  const tokens = nameTokens(name);
  for (let i = 0; i < tokens.length; i++) {
    for (const pattern of SKIP_KEYWORDS) {
      if (!matchesAt(tokens, pattern, i)) continue;
      const before = tokens[i - 1];
      const after = tokens[i + pattern.length];
      if (before !== undefined && STATE_PREFIXES.has(before)) continue;
      if (after !== undefined && STATE_SUFFIXES.has(after)) continue;
      return true;
    }
  }
  return false;
}

function attributesMarkClutter(el: Element): boolean {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).slice(0, MAX_ATTRIBUTES);
  if (classes.some((c) => c !== '' && nameMarksClutter(c))) return true;
  const id = el.getAttribute('id');
  if (id && nameMarksClutter(id)) return true;
  const attrs = el.attributes;
  const n = Math.min(attrs?.length ?? 0, MAX_ATTRIBUTES);
  for (let i = 0; i < n; i++) {
    const attr = attrs[i];
    if (!attr || !attr.name.startsWith('data-')) continue;
    const first = nameTokens(attr.name.slice(5))[0];
    if (first !== undefined && AD_DATA_NAMES.has(first)) return true;
    if (attr.value.length <= MAX_DATA_VALUE && nameMarksClutter(attr.value)) return true;
  }
  return false;
}

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return computedHidden(el);
}

/** Stylesheet-hidden elements only show up in computed style, which linkedom does not have. */
function computedHidden(el: Element): boolean {
  try {
    const view = el.ownerDocument?.defaultView;
    if (!view || typeof view.getComputedStyle !== 'function' || !el.isConnected) return false;
    const cs = view.getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden';
  } catch {
    return false;
  }
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

function isAuthorMarkup(el: Element): boolean {
  const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  const itemprop = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('author') || itemprop.includes('author');
}

/** A `<header>` inside the story carries the headline; any other `<header>` is the site's. */
function isStoryHeader(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = p.tagName.toLowerCase();
    if (tag === 'article' || tag === 'main') return true;
    if ((p.getAttribute('itemprop') ?? '') === 'articleBody') return true;
  }
  return false;
}

/** Decides whether the text walker keeps, skips, or only takes the `h1` from an element. */
export function classifyElement(el: Element): SkipVerdict {
  try {
    const tag = el.tagName.toLowerCase();
    // A mark or tail of this extension, made by an earlier scan: nothing of the page to judge.
    if (isOwnInline(el, tag)) return 'keep';
    if (SKIP_TAGS.has(tag)) return 'skip';
    if (isHidden(el) || isEditable(el) || isAuthorMarkup(el)) return 'skip';
    const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
    if (SKIP_ROLES.has(role)) return 'skip';
    if (attributesMarkClutter(el)) return 'skip';
    if (tag === 'header') return isStoryHeader(el) ? 'headline-only' : 'skip';
    return 'keep';
  } catch {
    return 'skip';
  }
}

/**
 * True when `el` or an ancestor below `<body>` is clutter. `<html>` and `<body>` are never
 * judged: sites hang state classes such as `comments-open` on them.
 */
export function isInsideClutter(el: Element, cache?: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html') break;
    const known = cache?.get(cur);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(cur);
    if (classifyElement(cur) === 'skip') {
      result = true;
      break;
    }
  }
  if (cache) for (const s of seen) cache.set(s, result);
  return result;
}
