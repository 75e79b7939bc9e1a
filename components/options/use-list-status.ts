/**
 * The followed team lists as the background reports them, read again after every action, when
 * the page becomes visible again and every 10 s while it is visible (every second while a list is
 * being copied into the claims browser): the alarm syncs lists in the background, so what the
 * page shows would otherwise go stale.
 *
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messages/client';
import type { ListStatusView } from '../../lib/messages/list-protocol';
import { useVisiblePolling } from '../use-visible-polling';
import { failureText, type OptionsEnv } from './options-env';

/** How often the status is read again while the page is visible. */
export const REFRESH_MS = 10_000;

/**
 * How often while a list is being copied into the claims browser: the copy moves on in batches
 * a second or two apart, and its progress line should follow it, then go.
 */
export const COPYING_REFRESH_MS = 1_000;

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
      read = (await send(env.send, { type: 'list-status' })).lists;
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
    return () => void (live.current = false);
  }, []);
  const copying = lists?.some((l) => l.indexing !== null && l.indexing.error === null) ?? false;
  useVisiblePolling(
    useCallback(() => void refresh(), [refresh]),
    copying ? COPYING_REFRESH_MS : REFRESH_MS,
  );

  return { lists, error, readAt, refresh };
}
