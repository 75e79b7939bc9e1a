import type { Section } from './types';

/** A section name as typed: case, `-` and `_` do not count ("live-edit" is `liveEdit`). */
function loose(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/**
 * The sections `npm run bench -- NAME...` asks for, in their running order; all of them when no
 * name is given. A name that is no section's is an error naming the sections there are: run
 * silently, a mistyped name printed an empty table and "All targets met."
 *
 * @throws Error listing the unknown names and the sections' names.
 */
export function selectSections(sections: readonly Section[], names: readonly string[]): Section[] {
  if (names.length === 0) return [...sections];
  const wanted = new Set(names.map(loose));
  const known = new Set(sections.map((s) => loose(s.name)));
  const unknown = names.filter((n) => !known.has(loose(n)));
  if (unknown.length > 0)
    throw new Error(
      `no bench section ${unknown.map((n) => `"${n}"`).join(', ')}; the sections are: ${sections
        .map((s) => s.name)
        .join(', ')}`,
    );
  return sections.filter((s) => wanted.has(loose(s.name)));
}
