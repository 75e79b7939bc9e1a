import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { hostResolverArg } from './hosts';

/**
 * The Chrome extension the tests load: the test build (`npm run build:e2e`), whose badges have
 * open shadow roots for the tests to read and whose worker has the bench hooks.
 */
export const EXTENSION_DIR = fileURLToPath(
  new URL('../../../.output/chrome-mv3-e2e', import.meta.url),
);
/** The build users get (`npm run build`): closed shadow roots, no test hooks. */
export const SHIPPED_EXTENSION_DIR = fileURLToPath(
  new URL('../../../.output/chrome-mv3', import.meta.url),
);

/** The Chromium binary: `$CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

// Background networking, component updates and sync would reach for hosts we cannot reach. The
// test server's certificate is self-signed (see ./server.ts): it answers the requests Chromium
// upgrades to HTTPS for host names on its HSTS preload list.
const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--ignore-certificate-errors',
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
 * Launches Chromium (headless unless asked otherwise) in a persistent context with the test
 * build loaded (or the shipped one, `shipped: true`), and waits for the extension's service
 * worker to learn the extension id.
 */
export async function launchWithExtension(
  options: {
    headless?: boolean;
    /** The shipped build (closed shadow roots) instead of the test build. */
    shipped?: boolean;
    /** More host names to resolve to 127.0.0.1, beyond the tests' own. */
    hosts?: readonly string[];
    /** How long Chromium may take to start, in ms (Playwright's default is 3 minutes). */
    timeout?: number;
  } = {},
): Promise<ExtensionBrowser> {
  const dir = options.shipped ? SHIPPED_EXTENSION_DIR : EXTENSION_DIR;
  if (!existsSync(`${dir}/manifest.json`)) {
    const command = options.shipped ? 'npm run build' : 'npm run build:e2e';
    throw new Error(`No built extension at ${dir}: run \`${command}\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    headless: options.headless ?? true,
    executablePath: requireChromium(),
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...QUIET_ARGS,
      hostResolverArg(options.hosts),
    ],
    ...(options.timeout ? { timeout: options.timeout } : {}),
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
  return chromium.launch({
    headless: true,
    executablePath: requireChromium(),
    args: [...QUIET_ARGS, hostResolverArg()],
  });
}
