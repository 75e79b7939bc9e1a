import { parseHTML } from 'linkedom';
import { readArticle } from '../page';
import { publishedDay } from '../page/page-facts';
import type { Document, Overrides } from './text-file';

/**
 * Reads a saved `.html` page the way the content script reads a live one: the same `lib/page`
 * code, on linkedom's DOM. `--url` stands in for the address the page was saved from.
 */
export function readHtmlFile(content: string, overrides: Overrides): Document {
  const { document } = parseHTML(content);
  const pageUrl = overrides.url ?? 'https://localhost/';
  const { facts, article } = readArticle(document as unknown as globalThis.Document, pageUrl);
  const source = { ...facts, url: overrides.url && !facts.url ? overrides.url : facts.url };
  if (overrides.published) source.publishedAt = overrides.published;
  return { source, text: article.text, published: overrides.published ?? publishedDay(facts) };
}
