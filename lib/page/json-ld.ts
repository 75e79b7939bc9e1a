import { queryAll, squash, textOf } from './dom';
import type { ArticleReadCache } from './read-cache';

/** What the page's JSON-LD says about the story; every field may be missing. */
export interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  publisherName: string | null;
}

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 2000;

type LdNode = Record<string, unknown>;

function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseScripts(doc: Document, read: ArticleReadCache | null): unknown[] {
  const out: unknown[] = [];
  const all = read ? read.queryPage(doc, 'script') : queryAll(doc, 'script');
  const scripts = all.filter((s) =>
    (s.getAttribute('type') ?? '').trim().toLowerCase().startsWith('application/ld+json'),
  );
  for (const script of scripts.slice(0, MAX_SCRIPTS)) {
    const raw = textOf(script, MAX_SCRIPT_CHARS + 1);
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    try {
      // some CMSs wrap the JSON in an HTML comment or CDATA marker
      out.push(
        JSON.parse(raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')),
      );
    } catch {
      // malformed JSON-LD is common; the other sources of facts still apply
    }
  }
  return out;
}

/** Every object reachable through top-level arrays and `@graph`, breadth first, capped. */
function collectNodes(roots: unknown[]): LdNode[] {
  const nodes: LdNode[] = [];
  const queue: unknown[] = [...roots];
  for (let i = 0; i < queue.length && i < MAX_NODES * 4 && nodes.length < MAX_NODES; i++) {
    const item = queue[i];
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, MAX_NODES));
    } else if (isNode(item)) {
      nodes.push(item);
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph'].slice(0, MAX_NODES));
    }
  }
  return nodes;
}

function types(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPES = /(?:Article|BlogPosting|LiveBlogPosting|Report)$/;

function isArticle(node: LdNode): boolean {
  return types(node).some((t) => ARTICLE_TYPES.test(t));
}

function str(value: unknown, max: number): string | null {
  if (Array.isArray(value)) value = value.find((v) => typeof v === 'string');
  if (typeof value !== 'string') return null;
  return squash(value, max) || null;
}

/** `publisher.name`, following arrays and `{"@id": ...}` references into the graph. */
function publisherName(node: LdNode, byId: Map<string, LdNode>): string | null {
  const raw = node['publisher'];
  const list = Array.isArray(raw) ? raw : [raw];
  for (const entry of list.slice(0, 10)) {
    if (typeof entry === 'string') return str(entry, 200);
    if (!isNode(entry)) continue;
    const id = entry['@id'];
    const resolved = entry['name'] === undefined && typeof id === 'string' ? byId.get(id) : entry;
    const name = resolved ? str(resolved['name'], 200) : null;
    if (name) return name;
  }
  return null;
}

/**
 * Reads headline, datePublished and publisher name from JSON-LD, never throwing.
 *
 * @param read - the page's read cache: its scripts are not looked for again until one comes or
 *   goes (their text is read each time).
 */
export function readJsonLd(doc: Document, read: ArticleReadCache | null = null): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, datePublished: null, publisherName: null };
  try {
    const nodes = collectNodes(parseScripts(doc, read));
    const byId = new Map<string, LdNode>();
    for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
    // story nodes first, then anything else (a WebPage) that carries the same fields
    const ordered = [...nodes.filter(isArticle), ...nodes.filter((n) => !isArticle(n))];
    for (const node of ordered) {
      facts.headline ??= str(node['headline'], 1000);
      facts.datePublished ??= str(node['datePublished'], 64);
      facts.publisherName ??= publisherName(node, byId);
    }
  } catch {
    // keep whatever was found before the failure
  }
  return facts;
}
