/**
 * The development set of real articles in `tests/fixtures/articles/`: the five seeds with
 * `gold.json`, and the corpus folders with an `NN_outlet.json` of gold figures beside each text.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldArticle } from './score-helper';

/** Where the articles live in the repository. */
export const ARTICLES_DIR = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));

/** One article: its gold, its text (header lines removed) and its header's URL and outlet. */
export interface Article extends GoldArticle {
  /** `seeds/NNN_….txt` or `corpus/<kind>/NN_outlet.txt`. */
  path: string;
  text: string;
  url: string;
  outlet: string | null;
}

function header(raw: string, key: string): string | null {
  const head = raw.includes('\n---\n') ? raw.slice(0, raw.indexOf('\n---\n')) : '';
  return new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim() ?? null;
}

function body(raw: string): string {
  return raw.includes('\n---\n') ? raw.slice(raw.indexOf('\n---\n') + 5) : raw;
}

/** The five seed articles. */
export function seedArticles(): Article[] {
  const gold = JSON.parse(readFileSync(join(ARTICLES_DIR, 'seeds/gold.json'), 'utf8')) as {
    articles: GoldArticle[];
  };
  return gold.articles.map((a) => ({
    ...a,
    path: `seeds/${a.file}`,
    text: readFileSync(join(ARTICLES_DIR, 'seeds', a.file), 'utf8'),
    url: `https://seed.example/${a.file}`,
    outlet: null,
  }));
}

/** The corpus articles, folder by folder, in file order. */
export function corpusArticles(): Article[] {
  const root = join(ARTICLES_DIR, 'corpus');
  return readdirSync(root)
    .filter((d) => !d.includes('.'))
    .sort()
    .flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
          const gold = JSON.parse(readFileSync(join(root, d, f), 'utf8')) as GoldArticle;
          const raw = readFileSync(join(root, d, gold.file), 'utf8');
          return {
            ...gold,
            path: `corpus/${d}/${gold.file}`,
            text: body(raw),
            url: header(raw, 'URL') ?? `https://corpus.example/${d}/${gold.file}`,
            outlet: header(raw, 'Outlet'),
          };
        }),
    );
}
