import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MentionSchema } from '../../../lib/claims/mention';
import { mentionsOf, readDocument } from '../../../lib/cli/documents';
import { readHtmlFile } from '../../../lib/cli/html-file';

const PAGE = fileURLToPath(new URL('../../fixtures/pages/000-abn-news.html', import.meta.url));
const BARE_PAGE =
  '<html><head><title>T</title></head><body><article><p>Ukraine said 30 Russian drones ' +
  'were shot down on Sunday.</p></article></body></html>';
const NONE = { published: null, url: null };

describe('readHtmlFile', () => {
  it("takes the source facts from the page's own metadata", () => {
    const doc = readHtmlFile(readFileSync(PAGE, 'utf8'), NONE);
    expect(doc.source).toEqual({
      url: 'https://abnnews.example/International/russia-drones-downed-moscow-region-kyiv-proposes-talks/story?id=123845672',
      outlet: 'ABN News',
      title: 'Russia says drones downed over Moscow region as Kyiv proposes new talks',
      publishedAt: '2025-07-20T21:12:00-04:00',
    });
    expect(doc.published).toBe('2025-07-20');
    expect(doc.text).toContain('at least 26 Ukrainian drones');
  });

  it('makes up no URL or outlet for a page without metadata', () => {
    const doc = readHtmlFile(BARE_PAGE, NONE);
    expect(doc.source).toEqual({ url: null, outlet: null, title: 'T', publishedAt: null });
    const withUrl = readHtmlFile(BARE_PAGE, {
      published: '2025-07-20',
      url: 'https://www.x.example/a',
    });
    expect(withUrl.source).toEqual({
      url: 'https://www.x.example/a',
      outlet: 'x.example',
      title: 'T',
      publishedAt: '2025-07-20',
    });
  });
});

describe('readDocument / mentionsOf', () => {
  it('reads by extension and gives Mentions without offsets', async () => {
    const doc = await readDocument(PAGE, NONE);
    const mentions = mentionsOf(doc);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(MentionSchema.safeParse(m).success).toBe(true);
      expect(m).not.toHaveProperty('start');
      expect(m).not.toHaveProperty('end');
    }
  });

  it('fails with a one-line message for a missing file or a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-doc-'));
    await expect(readDocument(join(dir, 'nope.txt'), NONE)).rejects.toThrow(
      /^cannot read .*nope\.txt: no such file$/,
    );
    await expect(readDocument(dir, NONE)).rejects.toThrow(/^cannot read .*: is a directory$/);
  });
});
