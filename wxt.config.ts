import { defineConfig } from 'wxt';

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
  }),
});
