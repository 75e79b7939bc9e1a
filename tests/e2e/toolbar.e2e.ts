import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadges } from './support/badges';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { workerOf } from './support/fill';
import { tabIdOf } from './support/popup';
import { waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

const OUTPUT = fileURLToPath(new URL('../../.output/', import.meta.url));
const SIZES = ['16', '32', '48', '128'];

/** Width and height from a PNG's IHDR chunk, or null for a file that is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build’s icons', (build) => {
  const manifest = JSON.parse(readFileSync(`${OUTPUT}${build}/manifest.json`, 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
    browser_action?: { default_icon?: Record<string, string> };
  };
  const toolbar = (manifest.action ?? manifest.browser_action)?.default_icon;

  it.each([
    ['store and extensions page', manifest.icons],
    ['toolbar button', toolbar],
  ])('names a PNG of each size for the %s', (_what, icons) => {
    expect(Object.keys(icons ?? {}).sort()).toEqual([...SIZES].sort());
    for (const size of SIZES) {
      const file = `${OUTPUT}${build}/${icons![size]!}`;
      expect(pngSize(readFileSync(file)), file).toEqual({ width: +size, height: +size });
    }
  });
});

describe('the toolbar button’s badge', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Reads `file`, and returns the toolbar badge text of its tab and its badges' verdicts. */
  async function read(file: string): Promise<{ toolbar: string; verdicts: string[] }> {
    const page = await ext.context.newPage();
    await page.goto(server.url(file));
    await waitForScan(page);
    const tabId = await tabIdOf(ext, page);
    const verdicts = (await readBadges(page)).map((b) => b.verdict);
    // The background sets the text once it has answered; wait for it rather than a moment.
    const text = () =>
      workerOf(ext).evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
            }
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    const disputed = verdicts.filter((v) => v === 'conflicting' || v === 'mixed').length;
    await expect.poll(text).toBe(disputed ? String(disputed) : '');
    return { toolbar: await text(), verdicts };
  }

  it('is empty while no figure of the page conflicts', async () => {
    const { toolbar, verdicts } = await read('000-abn-news.html');
    expect(new Set(verdicts)).toEqual(new Set(['single-source']));
    expect(toolbar).toBe('');
  });

  it('counts the page’s figures that conflict with another source', async () => {
    // Euro Dispatch says 142 drones were downed over Russia on the night ABN News said 132.
    const { toolbar, verdicts } = await read('004-euro-dispatch.html');
    expect(verdicts).toContain('conflicting');
    expect(Number(toolbar)).toBeGreaterThan(0);
  });
});
