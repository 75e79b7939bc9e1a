import { get } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

describe('the built extension', () => {
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

  it('runs its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const urls = browser.context.serviceWorkers().map((w) => w.url());
    expect(urls).toContain(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('runs the content script on a served page, even one with no figures', async () => {
    const url = server.addPage(
      '/no-figures.html',
      '<!doctype html><html><head><title>Weather</title></head>' +
        '<body><article><p>Sunny skies are expected all week.</p></article></body></html>',
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForScan(page);
    expect(await page.locator('figure-check-mark').count()).toBe(0);
    await page.close();
  });

  it('reads a page that came over HTTPS, as Chromium asks for a host on its HSTS preload list', async () => {
    // Chromium upgrades a request for such a host (one of the demo's outlets is) to HTTPS on the
    // same port before it is sent; the test server answers it over TLS.
    const page = await browser.context.newPage();
    await page.goto(server.url('/000-abn-news.html').replace(/^http:/, 'https:'));
    await waitForScan(page);
    expect(new URL(page.url()).protocol).toBe('https:');
    expect(await page.locator('figure-check-mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('answers HTTP and HTTPS on one port', async () => {
    server.addPage('/both.txt', 'either way', 'text/plain; charset=utf-8');
    const plain = await fetch(`${server.origin}/both.txt`).then((r) => r.text());
    const secure = await new Promise<string>((resolve, reject) => {
      // The certificate is the test server's own, self-signed.
      const url = `${server.origin.replace(/^http:/, 'https:')}/both.txt`;
      get(url, { rejectUnauthorized: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });
    expect([plain, secure]).toEqual(['either way', 'either way']);
  });

  it('serves only what lies under its root', async () => {
    server.addPage('/hello.txt', 'hello', 'text/plain; charset=utf-8');
    // Node resolves names itself, so it asks the server by its address.
    const ok = await fetch(`${server.origin}/hello.txt`);
    expect(ok.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await ok.text()).toBe('hello');
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/nope.html']) {
      expect((await fetch(server.origin + path)).status, path).toBe(404);
    }
  });
});
