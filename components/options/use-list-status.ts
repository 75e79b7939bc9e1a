/**
 * The followed team lists as the background reports them, read again after every action, when
 * the page becomes visible again and every 10 s while it is visible: the alarm syncs lists in the
 * background, so what the page shows would otherwise go stale.
 *
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../../lib/messages/client';
import { ListStatusResponseSchema, type ListStatusView } from '../../lib/messages/list-protocol';
import { failureText, type OptionsEnv } from './options-env';

/** How often the status is read again while the page is visible. */
export const REFRESH_MS = 10_000;

/** The lists (null until first read), why reading failed, and how to read again. */
export interface ListStatusState {
  lists: ListStatusView[] | null;
  error: string | null;
  /** The time the lists were last read (milliseconds), for "12 min ago". */
  readAt: number;
  /** Reads the lists again; resolves to them, or null when reading failed. */
  refresh(): Promise<ListStatusView[] | null>;
}

/** Reads and keeps reading the status of the followed lists. */
export function useListStatus(env: OptionsEnv): ListStatusState {
  const [lists, setLists] = useState<ListStatusView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [readAt, setReadAt] = useState(() => Date.now());
  const live = useRef(true);

  const refresh = useCallback(async (): Promise<ListStatusView[] | null> => {
    let read: ListStatusView[] | null = null;
    try {
      read = (await ask(env.send, { type: 'list-status' }, ListStatusResponseSchema)).lists;
      if (live.current) {
        setLists(read);
        setError(null);
      }
    } catch (e) {
      if (live.current) setError(failureText(e));
    }
    if (live.current) setReadAt(Date.now());
    return read;
  }, [env]);

  useEffect(() => {
    live.current = true;
    void refresh();
    // Rendered without a browser (unit tests), there is no page to become visible.
    if (typeof document === 'undefined') return () => void (live.current = false);
    const visible = () => document.visibilityState === 'visible';
    const onVisibility = () => {
      if (visible()) void refresh();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(() => {
      if (visible()) void refresh();
    }, REFRESH_MS);
    return () => {
      live.current = false;
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [refresh]);

  return { lists, error, readAt, refresh };
}
