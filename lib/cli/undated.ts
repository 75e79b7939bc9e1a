/**
 * The warning `check` gives about a file it cannot date. A figure dated relative to publication
 * ("overnight", "on Thursday") gets no date without one, and a figure with no date matches no
 * other source (CLAIMS.md section 2): it would read "single-source" with no word why.
 *
 * @module
 */
import { extname } from 'node:path';

/** The header a `.txt` file starts with, as the README gives it. */
export const TEXT_HEADER_LINES = [
  'URL: https://www.example.com/news/story',
  'Date: YYYY-MM-DD',
  'Outlet: Example News',
  '---',
] as const;

/**
 * The lines to print on stderr for `file`, which has no publication date: what that costs and,
 * for a text file, the header that gives one.
 */
export function undatedWarning(file: string): string {
  const lines = [
    `check: warning: ${file} has no date, so figures it dates only by "overnight" or "on Thursday" cannot be matched with other sources.`,
  ];
  if (/^\.html?$/i.test(extname(file))) {
    lines.push(
      '  The page names no publication date (article:published_time, JSON-LD datePublished, <time>).',
    );
  } else {
    lines.push('  Start a .txt file with header lines before the article:');
    lines.push(...TEXT_HEADER_LINES.map((l) => `      ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
