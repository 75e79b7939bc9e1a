import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD_PATH, SEEDS_DIR } from '../fixtures/articles';

/** One hand-annotated seed article, with its text. */
export interface Seed {
  file: string;
  published: string;
  text: string;
}

/** Reads every article listed in gold.json. */
export function loadSeeds(): Seed[] {
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as {
    articles: { file: string; published: string }[];
  };
  return gold.articles.map((a) => ({
    file: a.file,
    published: a.published,
    text: readFileSync(join(SEEDS_DIR, a.file), 'utf8'),
  }));
}
