import type { SettingsStorage } from '../../../lib/settings/settings';

/** A storage area backed by a Map, shaped like `browser.storage.local`. */
export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: SettingsStorage = {
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
  return { storage, data };
}
