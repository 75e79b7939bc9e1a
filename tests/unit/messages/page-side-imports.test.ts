/**
 * The content script evaluates on every page of the sites it runs on, before anything is read:
 * each schema its modules build is built there, on every page load. It takes part in three
 * requests (lib/messages/page-requests.ts); these tests hold it to those, so that a convenient
 * import does not bring every other request's schemas back into every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The project files `file` imports for their values (not `import type`), as root-relative paths. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const specs: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        !clause.name &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specs.flatMap((spec) => {
    if (!spec.startsWith('.')) return [];
    const base = relative(ROOT, normalize(join(ROOT, dirname(file), spec)))
      .split('\\')
      .join('/');
    const found = ['.ts', '.tsx', '/index.ts']
      .map((ext) => base + ext)
      .find((p) => existsSync(join(ROOT, p)));
    return found ? [found] : [];
  });
}

/** Every project file `entry` evaluates, itself included. */
function evaluated(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...valueImports(file));
  }
  return seen;
}

describe("the content script's modules", () => {
  const modules = evaluated('entrypoints/content/index.ts');

  it('are followed through the whole script (the walk finds the session and the extractor)', () => {
    expect(modules).toContain('lib/page/session.ts');
    expect(modules).toContain('lib/extract/index.ts');
    expect(modules).toContain('lib/messages/page-protocol.ts');
  });

  it('build no schema of the requests a page takes no part in', () => {
    const others = [
      'lib/messages/requests.ts',
      'lib/messages/protocol.ts',
      'lib/messages/list-protocol.ts',
      'lib/messages/client.ts',
      'lib/claims/claim-query.ts',
      'lib/claims/claims-list.ts',
    ];
    expect(others.filter((m) => modules.has(m))).toEqual([]);
  });
});
