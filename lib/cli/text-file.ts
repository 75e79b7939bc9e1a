import { hostOutlet } from '../claims/outlet';
import type { Source } from '../claims/mention';

/** A document ready for extraction: where it came from and the article text. */
export interface Document {
  source: Source;
  text: string;
  /** The publication day, `YYYY-MM-DD`, that dates are resolved against. */
  published: string | null;
}

/** Overrides from the command line, standing in for metadata a text file lacks. */
export interface Overrides {
  published: string | null;
  url: string | null;
}

// A key is a short name of words, which may hold "/" or "()" ("Original source/wire"): one such
// line used to make the whole header read as article text, losing the file's URL and date.
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9 /&()._-]{0,60}):[ \t]*(.*)$/;

/**
 * Splits the optional `Key: value` header block (ended by a line `---`, CLAIMS.md section 5) from
 * the article. Without a `---` line the whole file is the article.
 */
export function splitHeader(content: string): { headers: Map<string, string>; body: string } {
  const headers = new Map<string, string>();
  const lines = content.split(/\r?\n/);
  const end = lines.findIndex((l) => l.trim() === '---');
  if (end < 0) return { headers, body: content };
  for (const line of lines.slice(0, end)) {
    if (line.trim() === '') continue;
    const m = HEADER_LINE.exec(line);
    if (!m) return { headers: new Map(), body: content };
    headers.set(m[1]!.trim().toLowerCase(), m[2]!.trim());
  }
  return { headers, body: lines.slice(end + 1).join('\n') };
}

/** The host of a URL without "www.", as a last-resort outlet name. */
export const hostOf = hostOutlet;

function httpUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Reads a `.txt` article: header lines (if any) for metadata, the rest as the article text. */
export function readTextFile(content: string, overrides: Overrides): Document {
  const { headers, body } = splitHeader(content);
  const url = overrides.url ?? httpUrl(headers.get('url'));
  const dateHeader = /^\d{4}-\d{2}-\d{2}/.exec(headers.get('date') ?? '')?.[0] ?? null;
  const published = overrides.published ?? dateHeader;
  return {
    source: {
      url,
      outlet: headers.get('outlet') ?? hostOf(url),
      title: headers.get('title') ?? null,
      publishedAt: headers.get('date') && !overrides.published ? headers.get('date')! : published,
    },
    text: body,
    published,
  };
}
