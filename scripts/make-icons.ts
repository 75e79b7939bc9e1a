/**
 * `npx tsx scripts/make-icons.ts`: draws `scripts/icon.svg` at 16, 32, 48 and 128 px into
 * `public/icon/<size>.png` with the Chromium the tests use, so the icons need no image library.
 * The PNGs are committed; run this again after changing the SVG. It also writes
 * `test-results/icons-preview.png`: every size on a light and a dark toolbar colour, to look at.
 *
 * @module
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128] as const;
const SVG = readFileSync(fileURLToPath(new URL('./icon.svg', import.meta.url)), 'utf8');
const OUT = fileURLToPath(new URL('../public/icon/', import.meta.url));
const PREVIEW = fileURLToPath(new URL('../test-results/icons-preview.png', import.meta.url));

/** Toolbar colours of Chrome and Firefox, light and dark themes. */
const TOOLBARS = ['#ffffff', '#f1f3f4', '#35363a', '#202124', '#2b2a33'];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const data = `data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`;
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${data}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({ path: `${OUT}${size}.png`, omitBackground: true });
      process.stdout.write(`public/icon/${size}.png\n`);
    }
    // The committed PNGs themselves, on each toolbar colour, at 4x so small sizes can be judged.
    const rows = TOOLBARS.map(
      (bg) =>
        `<div style="background:${bg};padding:8px;display:flex;gap:12px;align-items:center">${SIZES.map(
          (s) =>
            `<img src="data:image/png;base64,${readFileSync(`${OUT}${s}.png`).toString('base64')}" style="width:${s * 2}px;height:${s * 2}px;image-rendering:pixelated">`,
        ).join('')}</div>`,
    ).join('');
    await page.setViewportSize({ width: 640, height: 300 });
    await page.setContent(`<html><body style="margin:0">${rows}</body></html>`);
    mkdirSync(fileURLToPath(new URL('../test-results/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: PREVIEW, fullPage: true });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`make-icons: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
