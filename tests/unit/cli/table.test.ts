import { describe, expect, it } from 'vitest';
import type { Mention, Source } from '../../../lib/claims/mention';
import { formatTable } from '../../../lib/cli/table';

const SOURCE: Source = {
  url: 'https://abnnews.example/story',
  outlet: 'ABN News',
  title: 'Drones downed over Moscow',
  publishedAt: '2025-07-20',
};

function mention(over: Partial<Mention>): Mention {
  return {
    text: '132',
    quote: '132 Ukrainian drones were downed.',
    metric: 'drones.downed',
    value: { n: 132, min: 132, max: 132, qualifier: 'exact' },
    attacker: 'UA',
    group: null,
    place: { name: 'Russia', code: 'RU', level: 'country' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
    ...over,
  };
}

describe('formatTable', () => {
  it('says so when there are no figures', () => {
    expect(formatTable(SOURCE, [])).toBe(
      [
        'Drones downed over Moscow — ABN News, 2025-07-20',
        'https://abnnews.example/story',
        '',
        'No figures found.',
      ].join('\n'),
    );
    const bare = formatTable({ url: null, outlet: null, title: null, publishedAt: null }, []);
    expect(bare.split('\n')[0]).toBe('(untitled) — unknown outlet, undated');
  });

  it('prints one aligned row per figure and a count', () => {
    const out = formatTable(SOURCE, [
      mention({}),
      mention({
        text: 'at least 26',
        value: { n: 26, min: 26, max: null, qualifier: 'at-least' },
        place: { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' },
      }),
      mention({
        text: 'two civilians',
        metric: 'people.killed',
        group: 'civilians',
        value: { n: 2, min: 2, max: 2, qualifier: 'exact' },
        attacker: null,
        place: null,
        date: null,
        attributedTo: null,
      }),
      mention({ text: '7', metric: 'missiles.neutralized' }),
    ]);
    const lines = out.split('\n');
    const header = lines[3]!;
    expect(header).toMatch(
      /^figure\s+metric\s+interval\s+attacker\s+place\s+date\s+attributed to$/,
    );
    const rows = lines.slice(4, 8);
    expect(rows[0]).toMatch(/^132\s+drones\.downed\s+132\s+UA\s+Russia\s+2025-07-20\s+Russian/);
    expect(rows[1]).toContain('26–…');
    expect(rows[1]).toContain('Moscow Oblast');
    expect(rows[2]).toMatch(/^two civilians\s+people\.killed \(civilians\)\s+2\s+—\s+—\s+—\s+—$/);
    for (const col of ['metric', 'interval', 'attacker']) {
      const at = header.indexOf(col);
      for (const row of rows) expect(row[at - 1]).toBe(' ');
    }
    expect(rows[3]).toMatch(/^7\s+missiles\.neutralized\s+132\s/);
    expect(lines.slice(8)).toEqual(['', '4 figures']);
  });
});
