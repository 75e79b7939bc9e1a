import { parseHTML } from 'linkedom';
import { readArticle } from '../page';
import { publishedDay } from '../page/page-facts';
import type { Document, Overrides } from './text-file';

/**
 * Stands in for the page address when `--url` is not given. It is on the reserved `.invalid`
 * domain, so a URL or outlet on this host can only have come from it and is dropped.
 */
const NO_PAGE_URL = 'https://page.invalid/';
const NO_PAGE_HOST = new URL(NO_PAGE_URL).hostname;

function onPlaceholder(url: string | null): boolean {
  if (!url) return false;
  try {
    return new URL(url).hostname === NO_PAGE_HOST;
  } catch {
    return false;
  }
}

/**
 * Reads a saved `.html` page the way the content script reads a live one: the same `lib/page`
 * code, on linkedom's DOM. `--url` stands in for the address the page was saved from; without it
 * the URL and outlet come only from the page's own metadata (else null).
 */
export function readHtmlFile(content: string, overrides: Overrides): Document {
  const { document } = parseHTML(content);
  const pageUrl = overrides.url ?? NO_PAGE_URL;
  const { facts, article } = readArticle(document as unknown as globalThis.Document, pageUrl);
  const url = onPlaceholder(facts.url) ? null : facts.url;
  const outlet = facts.outlet === NO_PAGE_HOST ? null : facts.outlet;
  const source = { ...facts, url: url ?? overrides.url, outlet };
  if (overrides.published) source.publishedAt = overrides.published;
  return { source, text: article.text, published: overrides.published ?? publishedDay(facts) };
}
