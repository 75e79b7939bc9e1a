/**
 * The addresses of a team list: which URLs may be followed, a list's id, and where shares go.
 *
 * @module
 */

const SERVER_PATH = /^(.*\/v1\/lists\/)([A-Za-z0-9_-]{1,64})\/?$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const MAX_URL_LENGTH = 2048;

/**
 * Parses a list URL the user gave: https only, except plain http to this machine (a server run
 * for testing), and no user name or password in it (a token goes in its own field).
 *
 * @throws Error saying what is wrong with the URL.
 */
export function parseListUrl(text: string): URL {
  const trimmed = text.trim();
  if (trimmed.length > MAX_URL_LENGTH) throw new Error('the URL is too long');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error('not a URL');
  }
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local) throw new Error('the URL must start with https://');
  if (url.username || url.password) throw new Error('put the token in its own field, not the URL');
  url.hash = '';
  return url;
}

/** The list id of a list server's URL (`…/v1/lists/:id`), or null for any other URL. */
export function serverListId(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.search) return null;
    return SERVER_PATH.exec(parsed.pathname)?.[2] ?? null;
  } catch {
    return null;
  }
}

/** Where shares to a server list are posted: `…/v1/lists/:id/claims`; null for a static file. */
export function claimsPostUrl(url: string): string | null {
  if (serverListId(url) === null) return null;
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname.replace(/\/?$/, '/claims');
  return parsed.toString();
}

/**
 * The id of a static file's list: a hash of its URL, so the same file is one list and two
 * files are two lists even when both documents claim the same id.
 */
export async function staticListId(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `f_${hex.slice(0, 32)}`;
}
