/**
 * The layering, as a test: every import under lib/, components/, entrypoints/ and server/ must
 * be allowed by the layer table in README.md's Layout section. The table is read from the
 * README itself, so the documented rule and the enforced one cannot drift apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHECKED = ['lib', 'components', 'entrypoints', 'server'];

interface Layer {
  folder: string;
  allowed: string[];
}

/** The rows of the Layout section's table: each folder and the backticked names it may import. */
function layerTable(readme: string): Layer[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Layout'));
  if (!section) throw new Error('README.md has no "## Layout" section');
  const layers: Layer[] = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | `folder` | holds | may import |  → ['', folder, holds, may import, '']
    const folder = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!folder || cells.length < 5) continue;
    const allowed = [...(cells[3] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    layers.push({ folder, allowed });
  }
  return layers;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file names: static and dynamic imports, re-exports, type imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Whether `name` matches a table entry: exact, or `prefix*` for any name starting so. */
function matches(entry: string, name: string): boolean {
  return entry.endsWith('*') ? name.startsWith(entry.slice(0, -1)) : entry === name;
}

/** The layer a path (relative to the root, `/`-separated) is in: its longest listed folder. */
function layerOf(layers: readonly Layer[], path: string): Layer | undefined {
  return layers
    .filter((l) => path === l.folder || path.startsWith(`${l.folder}/`))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** What goes against the table, one line per import. */
function violations(layers: readonly Layer[], files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const layer = layerOf(layers, file);
    if (!layer) {
      found.push(`${file}: in no layer of the table`);
      continue;
    }
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) {
        if (!layer.allowed.some((entry) => matches(entry, spec)))
          found.push(
            `${file} imports package ${spec} (${layer.folder} may import: ${layer.allowed.join(', ')})`,
          );
        continue;
      }
      const target = relative(ROOT, normalize(join(ROOT, dirname(file), spec)))
        .split('\\')
        .join('/');
      const into = layerOf(layers, target);
      if (into === layer) continue;
      if (!into) found.push(`${file} imports ${spec}, outside every layer`);
      else if (!layer.allowed.some((entry) => matches(entry, into.folder)))
        found.push(
          `${file} imports ${target} (${layer.folder} may import: ${layer.allowed.join(', ')})`,
        );
    }
  }
  return found;
}

const layers = layerTable(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const files = CHECKED.flatMap(sourceFiles);

describe('the layer table in README.md', () => {
  it('names a layer for every checked folder, each with what it may import', () => {
    expect(layers.length).toBeGreaterThan(10);
    for (const dir of CHECKED)
      expect(layers.some((l) => l.folder.split('/')[0] === dir)).toBe(true);
    for (const file of files) expect(layerOf(layers, file), file).toBeDefined();
  });

  it('is kept by every import under lib/, components/, entrypoints/ and server/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(violations(layers, files)).toEqual([]);
  });

  it('catches an import that crosses it', () => {
    // The check itself: a table that forbids what a real file does must report that file.
    const strict = layers.map((l) =>
      l.folder === 'lib/db' ? { ...l, allowed: l.allowed.filter((a) => a !== 'lib/claims') } : l,
    );
    expect(violations(strict, ['lib/db/rows.ts'])).toEqual([
      expect.stringMatching(/^lib\/db\/rows\.ts imports lib\/claims\/claim /),
      expect.stringMatching(/^lib\/db\/rows\.ts imports lib\/claims\/claim-id /),
      expect.stringMatching(/^lib\/db\/rows\.ts imports lib\/claims\/claim-query /),
    ]);
    expect(violations(strict, ['lib/db/database.ts']).join('\n')).not.toMatch(/package dexie/);
    const noDexie = layers.map((l) => (l.folder === 'lib/db' ? { ...l, allowed: [] } : l));
    expect(violations(noDexie, ['lib/db/database.ts']).join('\n')).toMatch(/package dexie/);
  });
});
