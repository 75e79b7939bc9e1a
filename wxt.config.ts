import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * Build-time hardening of two dependencies, each patch failing the build if the source no longer
 * has the expected shape, so an upgrade cannot silently undo it:
 * - zod 4 probes for `new Function` and compiles parsers with it when allowed. Extension pages run
 *   under a CSP that forbids eval, so that path never runs there; it is removed.
 * - Preact writes `innerHTML` only for `dangerouslySetInnerHTML`, which this project never uses
 *   (page text is rendered as text, ESLint bans innerHTML). The write becomes a thrown error, so
 *   the shipped UI cannot render HTML at all.
 */
function hardenDependencies(): Plugin {
  const patches: [RegExp, string | RegExp, string][] = [
    [
      /zod[\\/]v4[\\/]core[\\/]util\.js$/,
      'const F = Function;\n        new F("");\n        return true;',
      'return false;',
    ],
    [
      /zod[\\/]v4[\\/]core[\\/]compile\.js$/,
      'const F = Function;',
      'const F = function () { throw new Error("eval is disabled"); };',
    ],
    [
      /preact[\\/]dist[\\/]preact\.mjs$/,
      /\((\w+)\.innerHTML=(\w+)\.__html\)/,
      '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this build")})()',
    ],
  ];
  return {
    name: 'harden-dependencies',
    enforce: 'pre',
    transform(code, id) {
      for (const [file, from, to] of patches) {
        if (!file.test(id)) continue;
        const found = typeof from === 'string' ? code.includes(from) : from.test(code);
        if (!found) throw new Error(`harden-dependencies: ${id} changed; review the patch`);
        return code.replace(from, to);
      }
      return null;
    },
  };
}

// The hosts a user may turn Figure Check on for, one at a time (from the popup). One pattern
// for both schemes, not one per scheme: a browser grants an optional origin only when a single
// declared pattern contains it, and the popup asks for `*://HOST/*`.
const ANY_WEB_PAGE = ['*://*/*'];

/** The toolbar and store icons in `public/icon/`, by size. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// The extension runs on the built-in news sites and on the sites the user turns on.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every file readable on its own and visible to ESLint and tsc.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Figure Check',
    // Drawn from scripts/icon.svg by scripts/make-icons.ts; the toolbar button's too (MV2 calls
    // it `browser_action`; WXT merges the popup's title and page into either).
    icons: ICONS,
    ...(browser === 'firefox'
      ? { browser_action: { default_icon: ICONS } }
      : { action: { default_icon: ICONS } }),
    description:
      'Checks drone-strike and casualty figures in war news against other sources as you read.',
    // No host permission at install beyond the built-in news sites (the content script's static
    // matches): any other site is asked for one by one from the popup, on the user's click.
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    // WXT 0.20 drops `optional_host_permissions` from an MV2 build without converting it, and
    // MV2 Firefox lists optional hosts under `optional_permissions`.
    ...(browser === 'firefox'
      ? { optional_permissions: ANY_WEB_PAGE }
      : { optional_host_permissions: ANY_WEB_PAGE }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Firefox 140 is the first to read `data_collection_permissions` (the consent the
            // add-on store asks for) and is the current ESR; on Android that key came in 142.
            gecko: {
              id: 'figure-check@example.org',
              strict_min_version: '140.0',
              // Nothing about the pages a user reads leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [hardenDependencies()],
  }),
});
