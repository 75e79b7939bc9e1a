/** Parsed command-line options shared by `scan` and `check`. */
export interface CliArgs {
  json: boolean;
  published: string | null;
  url: string | null;
  files: string[];
}

/** Thrown for a command line that cannot be understood; the message is shown as is. */
export class UsageError extends Error {}

/** Whether `v` is `YYYY-MM-DD` naming a real day (`Date.parse` rolls 2025-02-30 over to March). */
function isCalendarDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

/** Whether `v` parses as an absolute http(s) URL (a bare `https://` does not). */
function isHttpUrl(v: string): boolean {
  if (!/^https?:\/\//i.test(v)) return false;
  try {
    return new URL(v).hostname !== '';
  } catch {
    return false;
  }
}

/** Parses `[--json] [--published YYYY-MM-DD] [--url URL] FILE...`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { json: false, published: null, url: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') out.json = true;
    else if (a === '--published') {
      const v = value();
      if (!isCalendarDay(v)) throw new UsageError(`--published wants YYYY-MM-DD, got "${v}"`);
      out.published = v;
    } else if (a === '--url') {
      const v = value();
      if (!isHttpUrl(v)) throw new UsageError(`--url wants an http(s) URL, got "${v}"`);
      out.url = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else out.files.push(a);
  }
  return out;
}
