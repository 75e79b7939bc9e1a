/**
 * `npm run bench`: runs each section in turn, prints one table and then one line of JSON,
 * `{"bench": {...}}`. Always exits 0: a missed target is shown (✗), not failed.
 */
import { browserTimings } from './sections/browser';
import { extraction } from './sections/extraction';
import { throughput } from './sections/throughput';
import { renderTable, type TableGroup } from './table';
import type { Section } from './types';

/** Sections in the order they run; later issues append theirs here. */
const SECTIONS: Section[] = [extraction, throughput, browserTimings];

async function main(): Promise<void> {
  const groups: TableGroup[] = [];
  const json: Record<string, unknown> = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    at: new Date().toISOString(),
  };
  let missed = 0;
  for (const section of SECTIONS) {
    const result = await section.run();
    groups.push({ title: section.name, rows: result.rows });
    json[section.name] = result.json;
    missed += result.rows.filter((r) => r.ok === false).length;
  }
  json.targetsMissed = missed;
  console.log(renderTable(groups));
  console.log(missed === 0 ? '\nAll targets met.' : `\n${missed} target(s) MISSED.`);
  console.log(JSON.stringify({ bench: json }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
