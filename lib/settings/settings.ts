/**
 * The user's settings, kept in `browser.storage.local` under one key and validated on every read.
 *
 * @module
 */
import { z } from 'zod';
import { SETTINGS_KEY } from './settings-key';

export { SETTINGS_KEY };
/**
 * The storage key of settings problems not yet shown to the user: what was unreadable and fell
 * back to its default. The options page shows them once and clears them.
 */
export const SETTINGS_NOTICE_KEY = 'settingsNotice';

/** Which badges are drawn: every figure's, only conflicting (and mixed) ones, or none. */
export const BadgeModeSchema = z.enum(['all', 'conflicts', 'off']);
export type BadgeMode = z.infer<typeof BadgeModeSchema>;

/** A site's settings key: a built-in news domain or a host name, lower case. */
export const SiteKeySchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'a site is a host name');

/** At most this many sites may carry their own settings; more is a corrupt or hostile value. */
export const MAX_SITES = 2000;

/** The shortest and longest retention of browsed claims, in days. */
export const RETENTION_DAYS = { min: 1, max: 3650 } as const;

/** The shortest and longest interval between team-list syncs, in minutes. */
export const SYNC_MINUTES = { min: 5, max: 24 * 60 } as const;

/** What each setting may hold: the shape a change is checked against. */
export const SettingsFieldsSchema = z.object({
  /** Whether the figures of pages the user reads are stored as `browsed` claims. */
  recordBrowsed: z.boolean(),
  /** Badges drawn on sites without a mode of their own. */
  badgeMode: BadgeModeSchema,
  /** Per-site badge modes, overriding `badgeMode`. */
  siteBadgeModes: z
    .record(SiteKeySchema, BadgeModeSchema)
    .refine((r) => Object.keys(r).length <= MAX_SITES, `at most ${MAX_SITES} sites`),
  /** Sites outside the built-in list that the user turned on (their host permission granted). */
  enabledSites: z.array(SiteKeySchema).max(MAX_SITES),
  /** Built-in news sites the user turned off. */
  disabledSites: z.array(SiteKeySchema).max(MAX_SITES),
  /** Browsed claims older than this many days (by when they were last seen) are removed. */
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
  /** Minutes between syncs of the team lists; never under five, so servers are not polled hard. */
  syncMinutes: z.number().int().min(SYNC_MINUTES.min).max(SYNC_MINUTES.max),
});
export type Settings = z.infer<typeof SettingsFieldsSchema>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  recordBrowsed: true,
  badgeMode: 'all',
  siteBadgeModes: {},
  enabledSites: [],
  disabledSites: [],
  retentionDays: 180,
  syncMinutes: 30,
});

/** Plain words for each setting, for the one-time notice about a value that was reset. */
export const SETTING_NAMES: Readonly<Record<keyof Settings, string>> = {
  recordBrowsed: 'Record figures of pages you read',
  badgeMode: 'Badges',
  siteBadgeModes: 'Badges per site',
  enabledSites: 'Sites you turned on',
  disabledSites: 'News sites you turned off',
  retentionDays: 'Keep browsed claims for',
  syncMinutes: 'Sync team lists every',
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Settings as read, and which fields were unreadable and fell back to their defaults. */
export interface SettingsRead {
  settings: Settings;
  /** Fields that were stored but invalid; a field never stored is not a problem. */
  reset: (keyof Settings)[];
}

/**
 * Parses a stored settings value. Each field falls back to its default on its own, so one
 * corrupt field (or a field an older release never wrote) does not reset the others. Unknown
 * keys are dropped. A stored value that is not an object resets everything.
 */
export function parseSettings(stored: unknown): SettingsRead {
  const settings: Record<string, unknown> = {};
  const reset: (keyof Settings)[] = [];
  const isObject = typeof stored === 'object' && stored !== null && !Array.isArray(stored);
  for (const key of KEYS) {
    const field = SettingsFieldsSchema.shape[key];
    const raw = isObject ? (stored as Record<string, unknown>)[key] : undefined;
    const parsed = raw === undefined ? null : field.safeParse(raw);
    if (parsed?.success) settings[key] = parsed.data;
    else {
      settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
      if (parsed || (stored !== undefined && !isObject)) reset.push(key);
    }
  }
  return { settings: settings as Settings, reset };
}

/**
 * The part of a `browser.storage` area the settings use; `browser.storage.local` fits as is, and
 * tests pass a Map-backed fake.
 */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Reads the settings. A missing or corrupt stored value gives the defaults; a storage failure is
 * thrown, since guessing (e.g. "record" when the user turned recording off) would be worse.
 */
export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  return parseSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]).settings;
}

/**
 * Reads the settings and, when some stored field was corrupt, stores the repaired settings and a
 * notice naming what was reset, so the user is told once (not on every read).
 *
 * @returns The fields reset by this call (empty when all was well).
 */
export async function repairSettings(storage: SettingsStorage): Promise<(keyof Settings)[]> {
  const { settings, reset } = parseSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (reset.length === 0) return reset;
  await storage.set({ [SETTINGS_KEY]: settings, [SETTINGS_NOTICE_KEY]: reset });
  return reset;
}

/** The settings reset since the user last saw the notice, as plain names. */
export async function pendingNotice(storage: SettingsStorage): Promise<string[]> {
  const raw = (await storage.get(SETTINGS_NOTICE_KEY))[SETTINGS_NOTICE_KEY];
  const parsed = z.array(z.enum(KEYS as [keyof Settings, ...(keyof Settings)[]])).safeParse(raw);
  return parsed.success ? parsed.data.map((k) => SETTING_NAMES[k]) : [];
}

/** Marks the notice as seen. */
export async function clearNotice(storage: SettingsStorage): Promise<void> {
  await storage.set({ [SETTINGS_NOTICE_KEY]: [] });
}

/**
 * Changes some settings and stores the result.
 *
 * @returns The settings now stored.
 * @throws Error when `patch` holds a value of the wrong type (nothing is stored then).
 */
export async function saveSettings(
  storage: SettingsStorage,
  patch: Partial<Settings>,
): Promise<Settings> {
  const checked = SettingsFieldsSchema.partial().strict().safeParse(patch);
  if (!checked.success) throw new Error(`invalid settings: ${checked.error.issues[0]?.message}`);
  // A key given as `undefined` means "no change", not "forget the value".
  const given = Object.entries(checked.data).filter(([, value]) => value !== undefined);
  const next: Settings = { ...(await loadSettings(storage)), ...Object.fromEntries(given) };
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

/**
 * Changes settings computed from what is stored now, not from a copy read earlier: a page that
 * turns on one site's badges must not undo a site another page turned on in between.
 *
 * @returns The settings now stored.
 * @throws Error when the change holds a value of the wrong type (nothing is stored then).
 */
export async function updateSettings(
  storage: SettingsStorage,
  change: (current: Settings) => Partial<Settings>,
): Promise<Settings> {
  return saveSettings(storage, change(await loadSettings(storage)));
}
