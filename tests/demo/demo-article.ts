/**
 * A corpus article (header lines, `---`, the scraped text) read into the parts of a news page:
 * headline, standfirst, byline and body blocks. The words stay the outlet's; only page furniture
 * the spec names is left out, and a text cut off mid-sentence by the scrape ends at its last
 * whole sentence.
 *
 * @module
 */
import { splitHeader } from '../../lib/cli/text-file';
import type { StorySpec } from './stories';

/** A block of the article body. */
export type Block =
  { kind: 'p'; text: string } | { kind: 'h2'; text: string } | { kind: 'ul'; items: string[] };

/** One demo page's content and where it claims to come from. */
export interface DemoArticle {
  /** The article's real address: the page's canonical link, where its card links lead. */
  canonical: string;
  /** The host the page is served under (the real one, mapped to 127.0.0.1 in the browser). */
  host: string;
  /** The path it is served at. */
  path: string;
  outlet: string;
  /** Publication day, `YYYY-MM-DD`. */
  published: string;
  /**
   * Publication time as the header gives it (`2025-07-09T09:10:00+03:00`), else the day: two
   * reports of one day are ordered by it (a toll that rose between them).
   */
  publishedAt: string;
  headline: string;
  standfirst: string | null;
  byline: string | null;
  blocks: Block[];
}

/** A day, with a time and offset when the header gives them. */
const DATE_HEADER = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?/;
const SCRAPED_DATE = /^date \d{4}-\d{2}-\d{2}\s*/;
const SENTENCE_END = /[.!?…][”"’')\]]*$/;
const BYLINE = /^By [A-Z][^.]{0,80}$/;
const MAX_HEADLINE_WORDS = 25;

function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** A short line with no sentence ending: a section heading ("Scale of the attack", "Background:"). */
function isHeading(line: string): boolean {
  return words(line) <= 6 && !SENTENCE_END.test(line) && !line.startsWith('- ');
}

/** `text` up to its last whole sentence, or null when it has none. */
function wholeSentences(text: string): string | null {
  if (SENTENCE_END.test(text)) return text;
  const cut = /^(.*[.!?…][”"’')\]]*)\s/s.exec(text);
  return cut ? cut[1]! : null;
}

function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    if (line.startsWith('- ')) {
      const item = line.slice(2).trim();
      if (last?.kind === 'ul') last.items.push(item);
      else blocks.push({ kind: 'ul', items: [item] });
    } else if (isHeading(line)) {
      blocks.push({ kind: 'h2', text: line.replace(/:$/, '') });
    } else {
      blocks.push({ kind: 'p', text: line });
    }
  }
  // The scrape stops mid-sentence: end at the last whole one.
  const end = blocks.at(-1);
  if (end?.kind === 'p') {
    const kept = wholeSentences(end.text);
    if (kept) end.text = kept;
    else blocks.pop();
  } else if (end?.kind === 'ul') {
    const kept = wholeSentences(end.items.at(-1)!);
    if (kept) end.items[end.items.length - 1] = kept;
    else end.items.pop();
    if (end.items.length === 0) blocks.pop();
  }
  while (blocks.at(-1)?.kind === 'h2') blocks.pop();
  return blocks;
}

/**
 * Reads the corpus file `content` as `spec` lays it out.
 *
 * @throws Error when the file has no URL or date header, or no headline to use.
 */
export function demoArticle(content: string, spec: StorySpec): DemoArticle {
  const { headers, body } = splitHeader(content);
  const url = headers.get('url');
  const stamp = DATE_HEADER.exec(headers.get('date') ?? '')?.[0];
  const published = stamp?.slice(0, 10);
  if (!url || !stamp || !published)
    throw new Error(`${spec.file}: needs URL: and Date: header lines`);
  const address = new URL(url);
  const leaveOut = spec.leaveOut ?? [];
  let lines = body
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line.trim().replace(SCRAPED_DATE, '') : line.trim()))
    .filter((line) => line !== '' && !leaveOut.some((prefix) => line.startsWith(prefix)));

  let headline = spec.headline;
  if (!headline) {
    headline = lines[0] ?? '';
    if (!headline || words(headline) > MAX_HEADLINE_WORDS || SENTENCE_END.test(headline)) {
      throw new Error(`${spec.file}: the text does not start with a headline; give one`);
    }
  }
  lines = lines.filter((line) => line !== headline);
  const standfirst = spec.standfirst ? (lines.shift() ?? null) : null;
  const byline = lines.find((line) => BYLINE.test(line)) ?? null;
  lines = lines.filter((line) => line !== byline);

  return {
    canonical: address.href,
    host: address.hostname,
    path: address.pathname,
    outlet: headers.get('outlet') ?? address.hostname,
    published,
    publishedAt: stamp,
    headline,
    standfirst,
    byline,
    blocks: blocksOf(lines),
  };
}
