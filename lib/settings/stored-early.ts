/**
 * The content script's first question to the browser: the stored settings, asked for before the
 * rest of the script (the extractor's tables, the schemas) has loaded, so that the answer travels
 * while those load instead of after. Nothing here may import more than the key: a module imported
 * first is evaluated first only while its own imports are light.
 *
 * @module
 */
import { SETTINGS_KEY } from './settings-key';

/** What of `browser.storage` this needs. */
export interface EarlyStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: StorageListener): void;
    removeListener(listener: StorageListener): void;
  };
}

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/**
 * Starts reading the stored settings value (unparsed: `parseSettings` validates it later), and
 * returns a function that gives it once read. A change stored meanwhile wins over the read, so
 * asking early loses no change made while the script loads. A failed read rejects when the value
 * is asked for, and only then: it is no unhandled rejection meanwhile.
 */
export function askStoredSettings(storage: EarlyStorage): () => Promise<unknown> {
  let changed: { value: unknown } | null = null;
  const listener: StorageListener = (changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) changed = { value: change.newValue };
  };
  storage.onChanged.addListener(listener);
  const read = storage.local.get(SETTINGS_KEY).then((items) => items[SETTINGS_KEY]);
  read.catch(() => undefined);
  return async () => {
    try {
      const value = await read;
      return changed ? changed.value : value;
    } finally {
      storage.onChanged.removeListener(listener);
    }
  };
}
