import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  loadSettings,
  saveSettings,
  type SettingsStorage,
} from '../../../lib/settings/settings';

/** A storage area backed by a Map, shaped like `browser.storage.local`. */
function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: SettingsStorage = {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
  };
  return { storage, data };
}

describe('settings', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await loadSettings(memoryStorage().storage)).toEqual({ recordBrowsed: true });
  });

  it.each([null, 'on', 42, [], { recordBrowsed: 'no' }, { recordBrowsed: null }])(
    'falls back to the defaults for a corrupt value %j',
    async (stored) => {
      const { storage } = memoryStorage({ [SETTINGS_KEY]: stored });
      expect(await loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('stores a change and reads it back, dropping unknown keys', async () => {
    const { storage, data } = memoryStorage({ [SETTINGS_KEY]: { stale: 1 } });
    expect(await saveSettings(storage, { recordBrowsed: false })).toEqual({ recordBrowsed: false });
    expect(data.get(SETTINGS_KEY)).toEqual({ recordBrowsed: false });
    expect(await loadSettings(storage)).toEqual({ recordBrowsed: false });
  });

  it('refuses a change of the wrong type and stores nothing', async () => {
    const { storage, data } = memoryStorage();
    const bad = { recordBrowsed: 'yes' } as unknown as { recordBrowsed: boolean };
    await expect(saveSettings(storage, bad)).rejects.toThrow(/invalid settings/);
    expect(data.size).toBe(0);
  });

  it('passes a storage failure on instead of guessing', async () => {
    const storage: SettingsStorage = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.resolve(),
    };
    await expect(loadSettings(storage)).rejects.toThrow('quota');
  });
});
