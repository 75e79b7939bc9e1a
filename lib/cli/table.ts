import type { Mention, Source } from '../claims/mention';

function interval(m: Mention): string {
  const { min, max } = m.value;
  if (min === max) return String(min);
  return `${min ?? '…'}–${max ?? '…'}`;
}

/** `s` padded to `n` characters, or cut to `n` with an ellipsis when longer. */
function pad(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s + ' '.repeat(n - s.length);
}

/** A plain-text table of a document's figures, for people reading a terminal. */
export function formatTable(source: Source, mentions: readonly Mention[]): string {
  const head = [
    `${source.title ?? '(untitled)'} — ${source.outlet ?? 'unknown outlet'}, ${source.publishedAt ?? 'undated'}`,
    source.url ?? '',
    '',
  ];
  if (mentions.length === 0) return [...head, 'No figures found.'].join('\n');
  const cols: [string, number][] = [
    ['figure', 22],
    ['metric', 26], // fits "people.injured (civilians)" and "missiles.neutralized"
    ['interval', 11],
    ['attacker', 9],
    ['place', 18],
    ['date', 11],
    ['attributed to', 26],
  ];
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => pad(c, cols[i]![1]))
      .join(' ')
      .trimEnd();
  const rows = mentions.map((m) =>
    line([
      m.text,
      m.metric + (m.group ? ` (${m.group})` : ''),
      interval(m),
      m.attacker ?? '—',
      m.place ? `${m.place.name}` : '—',
      m.date ?? '—',
      m.attributedTo ?? '—',
    ]),
  );
  return [...head, line(cols.map((c) => c[0])), ...rows, '', `${mentions.length} figures`].join(
    '\n',
  );
}
