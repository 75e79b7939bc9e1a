import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One hand-annotated seed article, with its text. */
export interface Seed {
  file: string;
  published: string;
  text: string;
}

/** The seeds live in `shared/` beside the project (as for tests/e2e); `GOLD_PATH` overrides. */
export const GOLD_PATH =
  process.env.GOLD_PATH ??
  fileURLToPath(new URL('../../../shared/seeds/gold.json', import.meta.url));

/** Reads every article listed in gold.json. */
export function loadSeeds(): Seed[] {
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as {
    articles: { file: string; published: string }[];
  };
  return gold.articles.map((a) => ({
    file: a.file,
    published: a.published,
    text: readFileSync(join(dirname(GOLD_PATH), a.file), 'utf8'),
  }));
}
