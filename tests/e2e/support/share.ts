import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPglite, type Db } from '../../../server/db';
import { startServer, type RunningServer } from '../../../server/http';
import { migrate } from '../../../server/migrations';
import { createList } from '../../../server/store';
import type { ExtensionBrowser } from './extension';
import { badgeButton, cardDialog } from './badges';

/** A list created on the team server, as its creator hands it out. */
export interface TeamList {
  listId: string;
  /** What a user pastes into the extension: `http://127.0.0.1:PORT/v1/lists/ID`. */
  url: string;
  readToken: string;
  writeToken: string;
}

/** The real list server on 127.0.0.1 over PGlite in a temporary directory. */
export interface TeamServer {
  origin: string;
  createList(name: string): Promise<TeamList>;
  /** Stops answering (the port is closed); the data stays. */
  stop(): Promise<void>;
  /** Starts again on the same port over the same data directory. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the list server (server/http.ts) on a free port of 127.0.0.1, its data in a fresh
 * temporary directory, so it can be stopped and started again with what it held.
 */
export async function startTeamServer(): Promise<TeamServer> {
  const dir = mkdtempSync(join(tmpdir(), 'figure-check-team-'));
  let db: Db | null = null;
  let running: RunningServer | null = null;
  let port = 0;

  const up = async (): Promise<void> => {
    db = await openPglite(dir);
    await migrate(db);
    running = await startServer({ db, port, rateLimit: { perSecond: 1000, burst: 1000 } });
    port = Number(new URL(running.url).port);
  };
  const down = async (): Promise<void> => {
    await running?.close();
    await db?.close();
    running = null;
    db = null;
  };

  await up();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    async createList(name) {
      if (!db) throw new Error('the list server is stopped');
      const list = await createList(db, name);
      return { ...list, url: `${origin}/v1/lists/${list.listId}` };
    },
    stop: down,
    restart: up,
    async close() {
      await down();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends `message` to the background from an extension page (team-list requests are answered
 * only for the extension's own pages) and returns the answer.
 */
export async function askBackground(ext: ExtensionBrowser, message: object): Promise<unknown> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    return await page.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): unknown } } }
        ).chrome.runtime.sendMessage(m),
      message,
    );
  } finally {
    await page.close();
  }
}

/**
 * The verdict of each badge on `page`, keyed by what its figure counts and its number as marked
 * (`drones.downed 142`).
 */
export function verdictsByFigure(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const host of Array.from(document.querySelectorAll('figure-check-badge'))) {
      const id = host.getAttribute('data-figure-id');
      const mark = Array.from(document.querySelectorAll('figure-check-mark')).find(
        (m) => m.getAttribute('data-figure-id') === id,
      );
      out[`${mark?.getAttribute('data-metric') ?? '?'} ${mark?.getAttribute('data-n') ?? '?'}`] =
        host.getAttribute('data-verdict') ?? '';
    }
    return out;
  });
}

/** The figure id of the badge after the figure numbered `n`. */
export async function figureIdOf(page: Page, n: number): Promise<string> {
  const id = await page
    .locator(`figure-check-mark[data-n="${n}"]`)
    .first()
    .getAttribute('data-figure-id');
  if (!id) throw new Error(`no marked figure ${n} on ${page.url()}`);
  return id;
}

/** Opens the source card of the figure numbered `n` and returns its text, spaces collapsed. */
export async function cardTextOf(page: Page, n: number): Promise<string> {
  await badgeButton(page, await figureIdOf(page, n)).click();
  const card = cardDialog(page);
  await card.waitFor();
  return ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
}
