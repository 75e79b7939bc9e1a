import { describe, expect, it } from 'vitest';
import { askStoredSettings, type EarlyStorage } from '../../../lib/settings/stored-early';

type Listener = Parameters<EarlyStorage['onChanged']['addListener']>[0];

/** Storage whose read answers when the test says, and whose change events the test fires. */
function fakeStorage(read: Promise<Record<string, unknown>>) {
  const listeners = new Set<Listener>();
  const storage: EarlyStorage = {
    local: { get: () => read },
    onChanged: {
      addListener: (l) => listeners.add(l),
      removeListener: (l) => listeners.delete(l),
    },
  };
  const change = (value: unknown, area = 'local', key = 'settings') => {
    for (const l of [...listeners]) l({ [key]: { newValue: value } }, area);
  };
  return { storage, listeners, change };
}

describe('askStoredSettings', () => {
  it('gives the stored value, and lets go of its listener once asked', async () => {
    const { storage, listeners } = fakeStorage(Promise.resolve({ settings: { enabled: false } }));
    const stored = askStoredSettings(storage);
    expect(await stored()).toEqual({ enabled: false });
    expect(listeners.size).toBe(0);
  });

  it('gives a change stored while the script loaded, not the older read', async () => {
    let answer: (items: Record<string, unknown>) => void = () => {};
    const { storage, change } = fakeStorage(new Promise((done) => (answer = done)));
    const stored = askStoredSettings(storage);
    change({ enabled: false });
    // Another area or another key is not a change of the settings.
    change({ enabled: true }, 'sync');
    change({ enabled: true }, 'local', 'other');
    answer({ settings: { enabled: true } });
    expect(await stored()).toEqual({ enabled: false });
  });

  it('rejects a failed read only when asked, never as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { storage, listeners } = fakeStorage(Promise.reject(new Error('storage is gone')));
      const stored = askStoredSettings(storage);
      // Node reports a rejection nobody handled once the microtasks run out: before this task.
      await new Promise((done) => setImmediate(done));
      expect(unhandled).toEqual([]);
      await expect(stored()).rejects.toThrow('storage is gone');
      expect(listeners.size).toBe(0);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
