/**
 * Vite's build mode, replaced at build time: `production` for the shipped build, `e2e` for the
 * test build (`npm run build:e2e`), `test` under Vitest. WXT's generated types leave it out.
 */
interface ImportMetaEnv {
  readonly MODE: string;
}
