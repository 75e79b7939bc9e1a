import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { hostResolverArg } from './hosts';

/** The built Chrome extension that the tests load. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

/** The Chromium binary: `$CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

// Background networking, component updates and sync would reach for hosts we cannot reach.
const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  hostResolverArg(),
];

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The host of the extension's URLs (`chrome-extension://ID/`). */
  extensionId: string;
  close(): Promise<void>;
}

function requireChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it or set CHROMIUM_PATH.`);
  }
  return path;
}

/**
 * Launches Chromium (headless unless asked otherwise) in a persistent context with `.output/chrome-mv3` loaded, and waits
 * for the extension's service worker to learn the extension id.
 */
export async function launchWithExtension(
  options: { headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    headless: options.headless ?? true,
    executablePath: requireChromium(),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_ARGS,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Plain headless Chromium without the extension: how a page reads before anything marks it. */
export function launchBaseline(): Promise<Browser> {
  return chromium.launch({ headless: true, executablePath: requireChromium(), args: QUIET_ARGS });
}
