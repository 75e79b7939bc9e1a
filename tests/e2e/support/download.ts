import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** A file the page saved: its suggested name and its text. */
export interface SavedFile {
  name: string;
  text: string;
}

/** Runs `action` (a click that saves a file) and returns the file the page downloaded. */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const failure = await download.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
