/**
 * `npm run demo`: the extension at work on real news. Checks that Chromium starts (exit 2 with
 * one sentence when it does not), builds the extension, serves twelve news pages built from the
 * corpus (three nights, four outlets each) and two written for the demo (a sum the news explains,
 * a toll that rose during the day) under their outlets' own host names, opens Chromium
 * with the extension (headed when a display is available) and reads every page twice in one
 * profile: once so every figure is recorded, then again so each is checked against all the
 * others. Writes to demo-output/: a screenshot of each page at its headline, one open card per
 * verdict, the popup with its whole list, the claims browser, and report.txt. Exits 0 when every
 * page was checked, 1 when one was not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../e2e/support/extension';
import { startServer } from '../e2e/support/server';
import { ensureBrowser, NO_BROWSER_EXIT, NoBrowserError } from './browser-check';
import { buildDemoPages } from './demo-site';
import { formatReport } from './report';
import { tour, OUT_DIRS } from './tour';

const OUT = join(process.cwd(), 'demo-output');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<number> {
  log('Checking that Chromium starts…');
  log(`  ${await ensureBrowser()}`);
  log('Building the extension…');
  // The test build: its badges' shadow roots are open, so the tour can find and open them.
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
  rmSync(OUT, { recursive: true, force: true });
  for (const dir of OUT_DIRS) mkdirSync(join(OUT, dir), { recursive: true });

  const server = await startServer();
  try {
    const port = new URL(server.origin).port;
    const pages = buildDemoPages((a) => `http://${a.host}:${port}${a.path}`);
    for (const page of pages) server.addPage(page.article.path, page.html);
    const headless = !process.env.DISPLAY;
    log(`Starting Chromium (${headless ? 'headless' : 'headed'}) with the extension…`);
    const browser = await launchWithExtension({
      headless,
      hosts: pages.map((p) => p.article.host),
      timeout: 60_000,
    });
    try {
      const result = await tour(browser, pages, { out: OUT, port, log });
      const own = pages.filter((p) => p.spec.own).length;
      const intro = [
        `${pages.length - own} news pages from the corpus (three nights, four outlets each) and ${own} written`,
        'for the demo (a sum the news explains, a toll that rose during the day), read twice in one',
        'browser profile: first so every figure is recorded, then again so each is checked against',
        'the figures of all the others. Screenshots are in the folders named below.',
      ];
      writeFileSync(join(OUT, 'report.txt'), formatReport(result.reports, intro));
      log(`\nScreenshots and report.txt in ${OUT}`);
      return result.failures === 0 ? 0 : 1;
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof NoBrowserError ? NO_BROWSER_EXIT : 1;
  },
);
