/**
 * The options page's view of the stored settings: read at start, read again whenever storage
 * changes (another page, the popup or the background may change them), and the one-time notice
 * about settings that were reset.
 *
 * @module
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  clearNotice,
  loadSettings,
  pendingNotice,
  repairSettings,
  updateSettings,
  type Settings,
} from '../../lib/settings/settings';
import { failureText, type OptionsEnv } from './options-env';

/** The settings as the page shows them, and how to change them. */
export interface SettingsState {
  /** Null until read (or when reading failed: see `error`). */
  settings: Settings | null;
  error: string | null;
  /** Names of settings that could not be read and were reset; shown once. */
  notice: string[];
  /** Stores a change computed from what is stored now. */
  update(change: (current: Settings) => Partial<Settings>): Promise<void>;
}

/** Reads and watches the settings. */
export function useSettings(env: OptionsEnv): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    const read = () =>
      loadSettings(env.storage).then(
        (s) => live && (setSettings(s), setError(null)),
        (e: unknown) => live && setError(failureText(e)),
      );
    void (async () => {
      try {
        await repairSettings(env.storage);
        const names = await pendingNotice(env.storage);
        if (live && names.length) {
          setNotice(names);
          // Shown now: the notice stays on this page but is not shown again next time.
          await clearNotice(env.storage);
        }
      } catch {
        // Reading the settings below reports the failure.
      }
      await read();
    })();
    const stop = env.watch(() => void read());
    return () => {
      live = false;
      stop();
    };
  }, [env]);

  const update = useCallback(
    async (change: (current: Settings) => Partial<Settings>) => {
      setSettings(await updateSettings(env.storage, change));
    },
    [env],
  );
  return { settings, error, notice, update };
}
