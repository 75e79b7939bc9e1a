import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../lib/claims-browser/url-state';

/** The page address with `query` in place of its own. */
function addressWith(query: string): string {
  const { pathname, hash } = window.location;
  return `${pathname}${query}${hash}`;
}

/**
 * The view held in the page's URL query: read on load and on Back/Forward, written on every
 * change (a new history entry, or replacing the current one while the user types). The URL is
 * rewritten at once in its canonical form, so hostile or stale parts never linger in it.
 */
export function useViewState(): [ViewState, (next: ViewState, replace?: boolean) => void] {
  const [view, setView] = useState<ViewState>(() => parseViewState(window.location.search));

  useEffect(() => {
    window.history.replaceState(window.history.state, '', addressWith(serializeViewState(view)));
    const onPop = (): void => setView(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // Only on mount: later changes write the URL themselves.
  }, []);

  const update = useCallback((next: ViewState, replace = false): void => {
    const query = serializeViewState(next);
    if (query === window.location.search) return;
    const address = addressWith(query);
    if (replace) window.history.replaceState(null, '', address);
    else window.history.pushState(null, '', address);
    setView(parseViewState(query));
  }, []);

  return [view, update];
}
