/**
 * `npm run bench`: runs each section in turn, prints one table and then one line of JSON,
 * `{"bench": {...}}`. A missed target is shown (✗), not failed: the run exits 0 unless it could
 * not run (a section's error, a section name that is no section's).
 */
import { browserTimings } from './sections/browser';
import { extraction } from './sections/extraction';
import { liveEdit } from './sections/live-edit';
import { researcherTimings } from './sections/researcher';
import { serverLoad } from './sections/server';
import { syncTimings } from './sections/sync';
import { throughput } from './sections/throughput';
import { selectSections } from './select';
import { renderTable, type TableGroup } from './table';
import type { Section } from './types';

/** Sections in the order they run; later issues append theirs here. */
const SECTIONS: Section[] = [
  extraction,
  throughput,
  browserTimings,
  liveEdit,
  researcherTimings,
  serverLoad,
  syncTimings,
];

async function main(): Promise<void> {
  const groups: TableGroup[] = [];
  const json: Record<string, unknown> = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    at: new Date().toISOString(),
  };
  let missed = 0;
  // `npm run bench -- researcher browser` runs only the sections named.
  for (const section of selectSections(SECTIONS, process.argv.slice(2))) {
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
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
