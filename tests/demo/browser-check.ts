/**
 * The demo's first step: make sure Chromium starts before building anything or serving pages,
 * so a machine without a working browser gets one clear sentence and an exit code at once.
 *
 * @module
 */
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/support/extension';

/** Exit code of the demo when the browser cannot start. */
export const NO_BROWSER_EXIT = 2;

/** How long a start may take before it counts as failed, in ms. */
const START_TIMEOUT_MS = 30_000;

const HOW_TO_FIX =
  'Install Debian/Ubuntu’s Chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** The browser cannot start: `message` says which binary and why, and how to fix it. */
export class NoBrowserError extends Error {}

/** The first line of what the launch said, without Playwright's call log. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((line) => line.trim()) ?? text).trim().slice(0, 300);
}

/**
 * Starts and closes Chromium (headless, no extension).
 *
 * @throws NoBrowserError when the binary is missing, not executable, or does not start in time.
 */
export async function ensureBrowser(): Promise<string> {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new NoBrowserError(`no Chromium at ${path}. ${HOW_TO_FIX}`);
  }
  try {
    const browser = await chromium.launch({
      executablePath: path,
      headless: true,
      timeout: START_TIMEOUT_MS,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const version = browser.version();
    await browser.close();
    return version;
  } catch (error) {
    throw new NoBrowserError(
      `Chromium at ${path} did not start: ${firstLine(error)}. ${HOW_TO_FIX}`,
    );
  }
}
