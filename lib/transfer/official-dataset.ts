/**
 * The Air Force's daily record as published in the "Massive Missile Attacks on Ukraine" dataset
 * (Kaggle, Petro Ivaniuk, `missile_attacks_daily.csv`): one row per weapon model per reporting
 * window. This file reads the rows and sums them per window; ./official-claims turns the sums
 * into claims.
 *
 * @module
 */
import { parseKyivTime, type KyivTime } from './kyiv-date';

/** The dataset's page, where users download `missile_attacks_daily.csv`. */
export const OFFICIAL_DATASET_URL =
  'https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine';

/** Who the records are attributed to. */
export const OFFICIAL_BODY = 'Ukrainian Air Force';

/** The dataset's columns, exactly as its header names them. */
export const OFFICIAL_COLUMNS = [
  'time_start',
  'time_end',
  'model',
  'launch_place',
  'target',
  'target_main',
  'launched',
  'destroyed',
  'not_reach_goal',
  'still_attacking',
  'border_crossing',
  'is_shahed',
  'num_hit_location',
  'num_fall_fragment_location',
  'carrier',
  'turbojet',
  'turbojet_destroyed',
  'affected region',
  'destroyed_details',
  'launched_details',
  'launch_place_details',
  'source',
] as const;

/** The columns the import reads; a header with all of them is taken for the dataset. */
const USED = [
  'time_start',
  'time_end',
  'model',
  'launched',
  'destroyed',
  'not_reach_goal',
  'is_shahed',
  'source',
] as const;
type Used = (typeof USED)[number];
const REQUIRED: readonly Used[] = ['time_start', 'time_end', 'model', 'launched', 'destroyed'];

/** Where the used columns are in a file's header; -1 when absent. */
export type OfficialHeader = Readonly<Record<Used, number>>;

/** The dataset's header, or null when the header is not the dataset's. */
export function readOfficialHeader(fields: readonly (string | null)[]): OfficialHeader | null {
  const names = fields.map((f) => (f ?? '').trim().toLowerCase());
  const map = {} as Record<Used, number>;
  for (const name of USED) map[name] = names.indexOf(name);
  return REQUIRED.every((name) => map[name] >= 0) ? map : null;
}

/** Weapon kinds the dataset's models fall into. */
export type Kind = 'drones' | 'missiles';
/** The dataset's counts and the metric action each becomes. */
export const COUNTS = [
  ['launched', 'launched'],
  ['destroyed', 'downed'],
  ['not_reach_goal', 'suppressed'],
] as const;
export type CountAction = (typeof COUNTS)[number][1];

const DRONE_MODEL = /shahed|geran|gerbera|harpy|italmas|lancet|orlan|zala|supercam|uav|drone/i;

/** Drones are rows flagged `is_shahed`, or models naming a drone; the rest are missiles. */
export function kindOf(model: string, isShahed: string | null): Kind {
  if (isShahed !== null && /^\s*(1(\.0*)?|true|yes)\s*$/i.test(isShahed)) return 'drones';
  return DRONE_MODEL.test(model) ? 'drones' : 'missiles';
}

/** A count cell: a whole number (`728`, `728.0`), null when empty, or an error message. */
function count(column: string, cell: string | null): number | null | { error: string } {
  if (cell === null || cell.trim() === '') return null;
  const m = /^\s*(\d{1,9})(?:\.0*)?\s*$/.exec(cell);
  return m ? Number(m[1]) : { error: `${column}: "${cell.slice(0, 40)}" is not a whole number` };
}

/** The sum of one count over a window's rows, and the models that gave a number. */
export interface Tally {
  sum: number;
  /** At most {@link MAX_MODELS} names, in the order met. */
  models: string[];
  /** Whether there were more models than those named. */
  otherModels: boolean;
}

/** Models named per count in a record's quote. */
export const MAX_MODELS = 12;

/** One reporting window and its sums. */
export interface OfficialWindow {
  start: KyivTime;
  end: KyivTime;
  /** The line of the window's first row, for reporting a window that gives no valid claim. */
  line: number;
  /** The first http(s) `source` cell among its rows. */
  url: string | null;
  kinds: Set<Kind>;
  /** Only counts that at least one row gave a number for. */
  tallies: Map<`${Kind}.${CountAction}`, Tally>;
}

function httpUrl(cell: string | null): string | null {
  if (cell === null) return null;
  try {
    const u = new URL(cell.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Sums the dataset's rows per window (time_start, time_end), in order of first appearance. */
export class OfficialWindows {
  readonly windows = new Map<string, OfficialWindow>();

  constructor(private readonly header: OfficialHeader) {}

  /** Adds one row; returns why it was not used, or null. */
  addRow(fields: readonly (string | null)[], line: number): string | null {
    const cell = (name: Used): string | null => {
      const i = this.header[name];
      return i < 0 ? null : (fields[i] ?? null);
    };
    const start = parseKyivTime(cell('time_start') ?? '');
    const end = parseKyivTime(cell('time_end') ?? '');
    if (!start) return `time_start: "${(cell('time_start') ?? '').slice(0, 40)}" is not a time`;
    if (!end) return `time_end: "${(cell('time_end') ?? '').slice(0, 40)}" is not a time`;
    const model = (cell('model') ?? '').trim().slice(0, 100);
    if (!model) return 'model: empty';
    const numbers: [CountAction, number][] = [];
    for (const [column, action] of COUNTS) {
      const n = count(column, cell(column));
      if (n !== null && typeof n === 'object') return n.error;
      if (n !== null) numbers.push([action, n]);
    }
    const key = `${start.date} ${start.time ?? ''}|${end.date} ${end.time ?? ''}`;
    let w = this.windows.get(key);
    if (!w) {
      w = { start, end, line, url: null, kinds: new Set(), tallies: new Map() };
      this.windows.set(key, w);
    }
    w.url ??= httpUrl(cell('source'));
    const kind = kindOf(model, cell('is_shahed'));
    w.kinds.add(kind);
    for (const [action, n] of numbers) {
      const tally = w.tallies.get(`${kind}.${action}`) ?? {
        sum: 0,
        models: [],
        otherModels: false,
      };
      tally.sum += n;
      if (!tally.models.includes(model)) {
        if (tally.models.length < MAX_MODELS) tally.models.push(model);
        else tally.otherModels = true;
      }
      w.tallies.set(`${kind}.${action}`, tally);
    }
    return null;
  }
}
