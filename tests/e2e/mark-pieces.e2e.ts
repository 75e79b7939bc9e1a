import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { readMarks, rescan, waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

// The DOM side of lib/page/mark-figures.ts, which linkedom cannot run (no Range boundaries, no
// splitText): a figure whose words cross inline elements, and scanning twice.
const PAGE = `<!doctype html><html lang="en"><head><title>Drones over Moscow</title>
<meta property="article:published_time" content="2025-07-20T09:00:00Z"></head><body>
<article><h1>Drones over Moscow</h1>
<p>Russia's Defense Ministry said on Sunday it had shot down <b>at least</b> 26 Ukrainian drones
over the Moscow region overnight.</p>
<p>The ministry said 132 Ukrainian drones were downed over Russia.</p>
</article></body></html>`;

describe('marks on a page whose figure crosses an inline element', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('wraps each piece, shares one figure id, and marks nothing twice', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.addPage('/pieces.html', PAGE));
    const text = await page.evaluate(() => document.body.textContent);
    await waitForScan(page);

    const marked = await readMarks(page);
    expect(marked.map((m) => [m.metric, m.n, m.text.replace(/\s+/g, ' ')])).toEqual([
      ['drones.downed', 26, 'at least 26'],
      ['drones.downed', 132, '132'],
    ]);
    expect(marked[0]!.pieces).toBe(2);
    const first = page.locator('figure-check-mark').first();
    expect(await first.getAttribute('data-qualifier')).toBe('at-least');
    expect(await first.getAttribute('data-min')).toBe('26');
    expect(await first.getAttribute('data-max')).toBe('');
    expect(await first.getAttribute('title')).toMatch(
      /^Figure Check: at least 26 drones shot down/,
    );

    await rescan(page);
    await rescan(page);
    expect(await readMarks(page)).toEqual(marked);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    await page.close();
  });

  it("leaves the text of a style or script between a figure's words where it is", async () => {
    const page = await browser.context.newPage();
    const html = PAGE.replace(
      '<b>at least</b> 26',
      'at least <style>#x { color: red }</style><script>var x = 1;</script>26',
    );
    await page.goto(server.addPage('/pieces-style.html', html));
    await waitForScan(page);
    const marked = await readMarks(page);
    expect(marked[0]!.text.replace(/\s+/g, ' ')).toBe('at least 26');
    // The style and the script still hold their own text, and nothing of ours.
    const inside = await page.evaluate(() =>
      ['style', 'script'].map((tag) => {
        const el = document.querySelector(`article ${tag}`)!;
        return [el.childElementCount, el.textContent];
      }),
    );
    expect(inside).toEqual([
      [0, '#x { color: red }'],
      [0, 'var x = 1;'],
    ]);
    await page.close();
  });
});
