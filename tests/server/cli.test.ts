import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../server/db';
import { hashToken } from '../../server/tokens';

const dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run server -- create-list', () => {
  it('prints a list id and two tokens, and stores only their hashes', async () => {
    const out = execFileSync('npx', ['tsx', 'server/main.ts', 'create-list', '--name', 'Desk'], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    const made = JSON.parse(out.trim()) as {
      listId: string;
      readToken: string;
      writeToken: string;
    };
    expect(made.listId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    // 32 random bytes, base64url.
    expect(made.readToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(made.writeToken).not.toBe(made.readToken);
    const db = await openPglite(dir);
    try {
      const rows = await db.query<Record<string, unknown>>('SELECT * FROM lists');
      expect(rows).toHaveLength(1);
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(made.readToken);
      expect(stored).not.toContain(made.writeToken);
      expect(rows[0]).toMatchObject({
        name: 'Desk',
        read_hash: hashToken(made.readToken),
        write_hash: hashToken(made.writeToken),
      });
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses to create a list without a name', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'server/main.ts', 'create-list'], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
        stdio: 'pipe',
      }),
    ).toThrow(/usage: create-list/);
  }, 60_000);
});

/** Whether a process with this pid is still there (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm run server', () => {
  it('stops when the npm process that started it is killed, freeing its port', async () => {
    const npm = spawn('npm', ['run', '--silent', 'server'], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: npm.stdout! });
    let started: { listening: string; pid: number } | undefined;
    for await (const line of lines) {
      if (line.startsWith('{"listening"')) {
        started = JSON.parse(line) as { listening: string; pid: number };
        break;
      }
    }
    expect(started).toBeDefined();
    const { listening, pid } = started!;
    expect((await fetch(`${listening}/v1/lists/none`)).status).toBe(401);
    expect(pid).not.toBe(npm.pid);

    try {
      npm.kill('SIGTERM');
      await expect.poll(() => alive(pid), { timeout: 15_000 }).toBe(false);
      await expect(fetch(`${listening}/v1/lists/none`)).rejects.toThrow();
    } finally {
      // A failed run must not leave its server behind.
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 60_000);
});
