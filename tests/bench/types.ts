/** One line of the printed table. */
export interface Row {
  /** What was measured, e.g. "000_08a2….txt median". */
  measure: string;
  /** The measured value, formatted with its unit. */
  value: string;
  /** The target, in words, when there is one (e.g. "< 2 ms"). */
  target?: string;
  /** Whether the target was met; absent when there is no target. */
  ok?: boolean;
}

/** What a section hands back to the runner: table rows and its part of the JSON line. */
export interface SectionResult {
  rows: Row[];
  json: Record<string, unknown>;
}

/** One part of the benchmark; the runner runs sections in order and prints their results. */
export interface Section {
  /** Key of this section in the JSON line and heading in the table. */
  name: string;
  run: () => SectionResult | Promise<SectionResult>;
}
