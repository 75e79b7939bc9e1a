import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { listCopyNotice } from '../../lib/claims-browser/list-copy';
import { send, type Send } from '../../lib/messages/client';
import type { ListStatusView } from '../../lib/messages/list-protocol';
import { useVisiblePolling } from '../use-visible-polling';

/** How often the lists are read while the page is visible: a copy moves on every few seconds. */
const REFRESH_MS = 5_000;

export interface ListCopyState {
  /** One line per team list still being copied into the claims table. */
  copying: string[];
  /** Lists whose copy finished while this page was open and whose claims are not shown yet. */
  finished: string[];
  /** The reader reloaded the table: the finished lists are shown now. */
  acknowledge(): void;
}

/**
 * Follows the team lists' copy into the claims table (`list-status`), so that the browser can
 * say why a list's claims are not all listed yet and offer to show the ones that arrived.
 * A failed reading changes nothing: the notice is a courtesy, not the table's data.
 */
export function useListCopy(toBackground: Send): ListCopyState {
  const [copying, setCopying] = useState<string[]>([]);
  const [finished, setFinished] = useState<string[]>([]);
  const previous = useRef<ListStatusView[] | null>(null);

  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => void (live.current = false);
  }, []);

  const read = useCallback((): void => {
    send(toBackground, { type: 'list-status' }).then(
      ({ lists }) => {
        if (!live.current) return;
        const notice = listCopyNotice(previous.current, lists);
        previous.current = lists;
        setCopying(notice.copying);
        if (notice.finished.length > 0)
          setFinished((shown) => [...new Set([...shown, ...notice.finished])]);
      },
      () => undefined,
    );
  }, [toBackground]);
  useVisiblePolling(read, REFRESH_MS);

  return { copying, finished, acknowledge: () => setFinished([]) };
}
