/**
 * The list server as the bench's second process: started with node itself (`--import tsx`), not
 * through npx, so that the process signalled at the end is the server and not a wrapper that
 * leaves it running (and competing for the CPU with the next run).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const NODE_ARGS = ['--import', 'tsx', 'server/main.ts'];

/** A list's id and tokens, as `create-list` prints them. */
export interface BenchList {
  listId: string;
  readToken: string;
  writeToken: string;
}

/** Runs `create-list` with `env` and returns the new list. */
export function createBenchList(env: Record<string, string>): BenchList {
  const out = execFileSync(process.execPath, [...NODE_ARGS, 'create-list', '--name', 'Bench'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '') as BenchList;
}

/** A running server process. */
export interface ServerChild {
  url: string;
  /** CPU time (user + system) the process has used so far, in ms; NaN where /proc is missing. */
  cpuMs: () => number;
  stop: () => Promise<void>;
  /** Kills the process with SIGKILL (no chance to finish anything) and resolves once it is gone. */
  kill: () => Promise<void>;
}

/**
 * Starts the server with `env` (rate limits out of the way) and resolves once it listens.
 * BENCH_SERVER_NODE_ARGS (space-separated) go to the server's node, to profile it under this
 * load (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
 */
export function startServerChild(env: Record<string, string>): Promise<ServerChild> {
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child: ChildProcess = spawn(process.execPath, [...extra, ...NODE_ARGS], {
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      RATE_LIMIT_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cpuMs = (): number => {
    try {
      // Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (100 a second).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return NaN;
    }
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /"listening":"([^"]+)"/.exec(line);
      if (m)
        resolve({
          url: m[1]!,
          cpuMs,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
          kill: () => {
            child.kill('SIGKILL');
            return exited;
          },
        });
    });
  });
}
