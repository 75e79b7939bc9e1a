/**
 * The user's settings, kept in `browser.storage.local` under one key and validated on every read.
 *
 * @module
 */
import { z } from 'zod';

/** The storage key all settings live under. */
export const SETTINGS_KEY = 'settings';

/** What each setting may hold: the shape a change is checked against. */
export const SettingsFieldsSchema = z.object({
  /** Whether the figures of pages the user reads are stored as `browsed` claims. */
  recordBrowsed: z.boolean(),
});
export type Settings = z.infer<typeof SettingsFieldsSchema>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ recordBrowsed: true });

/**
 * Settings as read. Each field falls back to its default on its own, so one corrupt field (or a
 * field an older release never wrote) does not reset the others. Unknown keys are dropped.
 */
export const SettingsSchema = z.object({
  recordBrowsed: SettingsFieldsSchema.shape.recordBrowsed.catch(DEFAULT_SETTINGS.recordBrowsed),
});

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
  const stored = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
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
  const next = { ...(await loadSettings(storage)), ...checked.data };
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}
