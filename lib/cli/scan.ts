import { parseArgs, UsageError } from './args';
import { mentionsOf, readDocument } from './documents';
import { formatTable } from './table';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.files.length !== 1)
    throw new UsageError('usage: scan [--json] [--published YYYY-MM-DD] [--url URL] FILE');
  const doc = await readDocument(args.files[0]!, args);
  const mentions = mentionsOf(doc);
  process.stdout.write(
    args.json
      ? JSON.stringify({ source: doc.source, mentions }, null, 2) + '\n'
      : formatTable(doc.source, mentions) + '\n',
  );
  return 0;
}

// Set the exit code rather than calling process.exit(), which can cut off output still being
// written to a pipe (stdout to a pipe is asynchronous on macOS).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`scan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
