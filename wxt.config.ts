import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * zod 4 probes for `new Function` and compiles parsers with it when allowed. Extension pages run
 * under a CSP that forbids eval, so that path never runs there; stripping it keeps the shipped
 * code free of eval (Firefox's reviewer lint flags it) without changing behaviour. The build fails
 * if zod's source no longer has the expected shape, so an upgrade cannot silently undo this.
 */
function zodWithoutEval(): Plugin {
  const patches: [RegExp, string, string][] = [
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
  ];
  return {
    name: 'zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      for (const [file, from, to] of patches) {
        if (!file.test(id)) continue;
        if (!code.includes(from))
          throw new Error(`zod-without-eval: ${id} changed; review the patch`);
        return code.replace(from, to);
      }
      return null;
    },
  };
}

// The extension runs on http(s) news pages; issue-by-issue the host list narrows to opted-in sites.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every file readable on its own and visible to ESLint and tsc.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Figure Check',
    description:
      'Checks drone-strike and casualty figures in war news against other sources as you read.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'figure-check@example.org',
              strict_min_version: '142.0',
              // Nothing about the pages a user reads leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [zodWithoutEval()],
  }),
});
