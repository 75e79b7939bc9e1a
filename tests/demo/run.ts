/**
 * `npm run demo`: builds the extension, serves the seed articles as news pages on 127.0.0.1,
 * opens Chromium with the extension (headed when a display is available), visits every page in
 * one profile so later pages are checked against earlier ones, and writes a screenshot of each
 * page, of the popup on the last page and of the claims browser, and a plain-text report to
 * demo-output/. Exits 0 when every page was checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/extension';
import { openPopup } from '../e2e/support/popup';
import { waitForScan } from '../e2e/support/scan';
import { FIXTURE_PAGES, startServer } from '../e2e/support/server';
import { readBadges, type BadgeReport } from './read-badges';

const OUT = join(process.cwd(), 'demo-output');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function checkPage(page: Page, url: string, name: string): Promise<string[]> {
  await page.goto(url);
  await waitForScan(page);
  const badges = await readBadges(page);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
  return report(name, page.url(), badges);
}

function report(name: string, url: string, badges: BadgeReport[]): string[] {
  const lines = [`== ${name}  ${url}`, `   ${badges.length} figures`];
  for (const b of badges) {
    lines.push(`   - "${b.text}" ${b.metric}: ${b.verdict}`);
    for (const s of b.sources) lines.push(`       ${s}`);
  }
  return lines;
}

async function main(): Promise<number> {
  log('Building the extension…');
  // The test build: its badges' shadow roots are open, so the report can read them.
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const headless = !process.env.DISPLAY;
  log(`Starting Chromium (${headless ? 'headless' : 'headed'}) with the extension…`);
  const browser = await launchWithExtension({ headless });
  const lines: string[] = [];
  let failures = 0;
  try {
    const pages = readdirSync(FIXTURE_PAGES)
      .filter((f) => /^\d{3}-.*\.html$/.test(f))
      .sort();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const file of pages) {
      const name = file.replace(/\.html$/, '');
      try {
        const got = await checkPage(page, server.url(file), name);
        lines.push(...got);
        log(got.join('\n'));
      } catch (error) {
        failures++;
        log(`!! ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // The researcher's view of the last page read, and of everything collected.
    const popup = await openPopup(browser, page);
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    await popup.close();
    const claims = await browser.context.newPage();
    await claims.setViewportSize({ width: 1280, height: 800 });
    await claims.goto(`chrome-extension://${browser.extensionId}/claims.html`);
    await claims.waitForSelector('[data-ready="true"]');
    await claims.screenshot({ path: join(OUT, 'claims-browser.png') });
    log('Screenshots of the popup and the claims browser: popup.png, claims-browser.png');
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(OUT, 'report.txt'), lines.join('\n') + '\n');
  log(`\nScreenshots and report.txt in ${OUT}`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
