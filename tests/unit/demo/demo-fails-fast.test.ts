import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `npm run demo` with CHROMIUM_PATH set to `browser`. */
function demoWith(browser: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'demo'],
      { cwd: ROOT, env: { ...process.env, CHROMIUM_PATH: browser }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run demo without a browser that starts', () => {
  it('stops at once with exit code 2 and says how to get one, before building anything', async () => {
    const run = await demoWith('/nonexistent/chromium');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^demo: no Chromium at \/nonexistent\/chromium\. Install .+CHROMIUM_PATH/,
    );
    expect(run.stdout).not.toContain('Building');
  }, 60_000);

  it('says so when the binary is there but does not start, and exits (no page server left open)', async () => {
    const run = await demoWith('/bin/false');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^demo: Chromium at \/bin\/false did not start: /);
  }, 60_000);
});
