import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Mention } from '../claims/mention';
import { extractMentions } from '../extract';
import type { CliArgs } from './args';
import { readHtmlFile } from './html-file';
import { readTextFile, type Document } from './text-file';

/** Reads one `.html` or `.txt` file into a Document; throws a one-line Error when it cannot. */
export async function readDocument(
  file: string,
  args: Pick<CliArgs, 'published' | 'url'>,
): Promise<Document> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'is a directory',
      EACCES: 'permission denied',
    };
    throw new Error(`cannot read ${file}: ${(code && why[code]) ?? code ?? 'unreadable'}`);
  }
  const ext = extname(file).toLowerCase();
  return ext === '.html' || ext === '.htm'
    ? readHtmlFile(content, args)
    : readTextFile(content, args);
}

/** The figures of a document as CLAIMS.md section 4 Mentions (offsets are for internal use only). */
export function mentionsOf(doc: Document): Mention[] {
  return extractMentions(doc.text, { published: doc.published }).map(
    ({ start, end, phraseEnd, ...m }) => {
      void start;
      void end;
      void phraseEnd;
      return m;
    },
  );
}
