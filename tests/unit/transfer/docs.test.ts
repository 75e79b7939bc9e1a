import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  ClaimsListSchema,
  OFFICIAL_COLUMNS,
  PAGE_COLUMNS,
} from '../../../lib/transfer';

const DOC = readFileSync(new URL('../../../docs/export-import.md', import.meta.url), 'utf8');

describe('docs/export-import.md', () => {
  it('explains every CSV column the export writes', () => {
    const documented = [...DOC.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...CLAIM_COLUMNS, ...PAGE_COLUMNS].map((c) => c.name));
  });

  it('shows a JSON example that is a valid claims list', () => {
    const example = /```json\n([\s\S]*?)```/.exec(DOC)?.[1];
    expect(ClaimsListSchema.safeParse(JSON.parse(example ?? 'null')).success).toBe(true);
  });

  it("names the Air Force dataset's columns as the importer knows them", () => {
    expect(DOC.replace(/\s+/g, ' ')).toContain(OFFICIAL_COLUMNS.join(', '));
  });
});
