/**
 * The options page's view of the stored settings: read at start, read again whenever storage
 * changes (another page, the popup or the background may change them), and the one-time notice
 * about settings that were reset.
 *
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
  /**
   * Shows a change at once and stores it, computed from what is stored when its turn comes. The
   * page's changes are stored one after another, so a quick second change cannot write back what
   * the first one replaced.
   */
  update(change: (current: Settings) => Partial<Settings>): Promise<void>;
  /**
   * Shows a change at once that `store` makes elsewhere (the background stores a site's switch),
   * in the same queue as `update`; the settings are read back once it is done.
   */
  apply(
    shown: (current: Settings) => Partial<Settings>,
    store: () => Promise<unknown>,
  ): Promise<void>;
}

/** The page's own writes, and whether a read was set aside while they ran. */
interface Writes {
  /** Changes started and not yet stored (or failed). */
  pending: number;
  /** Counts every change started: a read begun before one may hold what it replaced. */
  started: number;
  /** The last write in the queue; the next one waits for it. */
  queue: Promise<unknown>;
  /** A read came back while writing, or a write failed: read again once the queue is empty. */
  readAgain: boolean;
}

/** Reads and watches the settings. */
export function useSettings(env: OptionsEnv): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string[]>([]);
  const writes = useRef<Writes>({
    pending: 0,
    started: 0,
    queue: Promise.resolve(),
    readAgain: false,
  });
  const read = useRef<() => void>(() => undefined);

  useEffect(() => {
    let live = true;
    const w = writes.current;
    const readNow = () => {
      const startedBefore = w.started;
      return loadSettings(env.storage).then(
        (s) => {
          if (!live) return;
          // A read that overlaps the page's own change may hold the value the change replaced;
          // showing it would flip the control the user just set back, if only for a moment.
          if (w.pending > 0 || w.started !== startedBefore) {
            w.readAgain = true;
            return;
          }
          setSettings(s);
          setError(null);
        },
        (e: unknown) => live && setError(failureText(e)),
      );
    };
    read.current = () => void readNow();
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
      await readNow();
    })();
    const stop = env.watch(() => read.current());
    return () => {
      live = false;
      read.current = () => undefined;
      stop();
    };
  }, [env]);

  /**
   * Shows `shown` at once, then runs `store` after the page's writes before it. What `store`
   * resolves to is shown when it is the settings and no later write waits; else they are read.
   */
  const write = useCallback(
    async (
      shown: (current: Settings) => Partial<Settings>,
      store: () => Promise<unknown>,
      storesSettings: boolean,
    ): Promise<void> => {
      const w = writes.current;
      w.pending++;
      w.started++;
      setSettings((now) => (now ? { ...now, ...shown(now) } : now));
      const stored = w.queue.then(store);
      w.queue = stored.catch(() => undefined);
      try {
        const now = await stored;
        if (!storesSettings) w.readAgain = true;
        else if (w.pending === 1) setSettings(now as Settings);
      } catch (e) {
        // What is shown is the change that failed: read back what is stored.
        w.readAgain = true;
        throw e;
      } finally {
        w.pending--;
        if (w.pending === 0 && w.readAgain) {
          w.readAgain = false;
          read.current();
        }
      }
    },
    [],
  );
  const update = useCallback(
    (change: (current: Settings) => Partial<Settings>) =>
      write(change, () => updateSettings(env.storage, change), true),
    [env, write],
  );
  const apply = useCallback(
    (shown: (current: Settings) => Partial<Settings>, store: () => Promise<unknown>) =>
      write(shown, store, false),
    [write],
  );
  return { settings, error, notice, update, apply };
}
