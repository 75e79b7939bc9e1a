/**
 * The columns of the claims CSV: every field of a claim (CLAIMS.md section 6), flattened, and
 * for a page export the verdict and the sources behind it. Data, not control flow: the writer,
 * the reader and docs/export-import.md all follow this table.
 *
 * @module
 */

/** A column's name and what it holds. */
export interface Column {
  readonly name: string;
  readonly meaning: string;
}

/** The columns of every claims CSV, in order. */
export const CLAIM_COLUMNS = [
  { name: 'id', meaning: 'content-derived claim id (`c_` and hex digits)' },
  { name: 'text', meaning: "the figure's own words, e.g. `at least 26`" },
  { name: 'quote', meaning: 'the sentence that holds the figure' },
  { name: 'metric', meaning: 'what is counted, e.g. `drones.downed`' },
  { name: 'value_n', meaning: 'the number as written' },
  { name: 'value_min', meaning: 'lowest value the wording allows (empty: unbounded)' },
  { name: 'value_max', meaning: 'highest value the wording allows (empty: unbounded)' },
  {
    name: 'value_qualifier',
    meaning: '`exact`, `at-least`, `more-than`, `at-most`, `less-than`, `about` or `range`',
  },
  { name: 'attacker', meaning: '`RU`, `UA` or empty' },
  { name: 'group', meaning: '`civilians`, `children`, `military` or empty' },
  { name: 'place_name', meaning: 'place name (empty with code and level: no place)' },
  { name: 'place_code', meaning: 'ISO 3166 code such as `UA-30`, empty for seas' },
  { name: 'place_level', meaning: '`country`, `region`, `city` or `sea`' },
  { name: 'date', meaning: 'event date `YYYY-MM-DD`' },
  { name: 'attributed_to', meaning: 'who the text says made the claim' },
  { name: 'source_url', meaning: 'the page that published the figure' },
  { name: 'source_outlet', meaning: "the page's outlet" },
  { name: 'source_title', meaning: "the page's title" },
  { name: 'source_published_at', meaning: "the page's publication time" },
  { name: 'origin', meaning: '`browsed`, `imported`, `official` or `list:<id>`' },
  { name: 'created_at', meaning: 'when the claim was first stored (ISO date-time)' },
  { name: 'updated_at', meaning: 'when the claim was last changed (ISO date-time)' },
  { name: 'edited_at', meaning: 'when the user last corrected the claim (empty: never)' },
] as const satisfies readonly Column[];

/** The columns a page export adds after {@link CLAIM_COLUMNS}. */
export const PAGE_COLUMNS = [
  { name: 'verdict', meaning: '`corroborated`, `conflicting`, `mixed` or `single-source`' },
  { name: 'agree_count', meaning: 'how many other sources agree' },
  { name: 'disagree_count', meaning: 'how many other sources conflict' },
  { name: 'agree_sources', meaning: 'URLs of the agreeing sources, separated by spaces' },
  { name: 'disagree_sources', meaning: 'URLs of the conflicting sources, separated by spaces' },
] as const satisfies readonly Column[];

export type ClaimColumn = (typeof CLAIM_COLUMNS)[number]['name'];

/** Columns an imported CSV must have; the others default (docs/export-import.md). */
export const REQUIRED_COLUMNS: readonly ClaimColumn[] = [
  'text',
  'metric',
  'value_n',
  'value_min',
  'value_max',
  'value_qualifier',
  'source_url',
];
