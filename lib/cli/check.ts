/**
 * `npm run --silent check -- [--json] FILE...`: checks every file's figures against the other
 * files' (CLAIMS.md section 5).
 *
 * @module
 */
import { parseArgs, UsageError } from './args';
import { checkDocuments, formatReport, type CheckInput } from './check-report';
import { mentionsOf, readDocument } from './documents';
import { undatedWarning } from './undated';

const USAGE = 'usage: check [--json] FILE...';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.files.length === 0) throw new UsageError(USAGE);
  if (args.published !== null || args.url !== null)
    throw new UsageError(`${USAGE} (give each .txt file its own URL:/Date: header lines)`);
  const inputs: CheckInput[] = [];
  // Read every file before printing anything, so a bad file leaves stdout empty.
  for (const file of args.files) {
    const doc = await readDocument(file, args);
    inputs.push({ file, doc, mentions: mentionsOf(doc) });
  }
  // Said, not refused: an undated file still checks, but every figure reads single-source.
  for (const { file, doc } of inputs) {
    if (doc.published === null) process.stderr.write(undatedWarning(file));
  }
  const files = checkDocuments(inputs, new Date().toISOString());
  process.stdout.write(
    args.json ? JSON.stringify({ files }, null, 2) + '\n' : formatReport(files) + '\n',
  );
  return 0;
}

// Set the exit code rather than calling process.exit(), which can cut off output still being
// written to a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`check: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
