import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GOLD_PATH } from '../../fixtures/articles';

const FigureSchema = z.object({
  metric: z.string(),
  n: z.number(),
  qualifier: z.string(),
  group: z.string().nullable().optional(),
  optional: z.boolean().optional(),
  place: z.string().nullable(),
  date: z.string().nullable(),
  attributedTo: z.string().nullable(),
});
/** One labelled figure of a seed article. */
export type GoldFigure = z.infer<typeof FigureSchema>;

const GoldSchema = z.object({
  articles: z.array(z.object({ file: z.string(), figures: z.array(FigureSchema) })),
  expectedVerdicts: z.array(
    z.object({
      about: z.string(),
      files: z.array(z.string()).min(2),
      metric: z.string(),
      place: z.string().nullable(),
      date: z.string().nullable(),
      verdict: z.string(),
    }),
  ),
});
/** The gold file: each article's figures and the verdicts expected once pairs are read. */
export type Gold = z.infer<typeof GoldSchema>;

/** Reads and validates the gold file. */
export function loadGold(): Gold {
  return GoldSchema.parse(JSON.parse(readFileSync(GOLD_PATH, 'utf8')));
}

/** The labelled figures of a seed fixture (`004-euro-dispatch.html` ↔ `004_….txt`). */
export function goldFiguresOf(gold: Gold, fixture: string): GoldFigure[] {
  const article = gold.articles.find((a) => a.file.slice(0, 3) === fixture.slice(0, 3));
  if (!article) throw new Error(`gold has no article for ${fixture}`);
  return article.figures;
}
