import { useEffect } from 'preact/hooks';

/**
 * Calls `read` at once, whenever the page becomes visible again, and every `everyMs` while it is
 * visible, until the component unmounts or `read` changes. For what the background changes on
 * its own (syncs on an alarm, a list copied in batches): a hidden page costs nothing.
 */
export function useVisiblePolling(read: () => void, everyMs: number): void {
  useEffect(() => {
    read();
    // Rendered without a browser (unit tests), there is no page to become visible.
    if (typeof document === 'undefined') return undefined;
    const visible = (): boolean => document.visibilityState === 'visible';
    const onVisibility = (): void => {
      if (visible()) read();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(onVisibility, everyMs);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [read, everyMs]);
}
