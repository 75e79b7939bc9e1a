import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { send, sendToTab } from '../../lib/messages/client';
import type { PageSummary } from '../../lib/messages/protocol';
import { originPatternFor } from '../../lib/sites/site-key';
import { httpHref } from '../safe-url';
import { VERDICT_COUNT_WORD, VERDICT_LOOK } from '../verdict-words';
import { exportPage, type ExportFile, type PageExportFormat } from './export-page';
import { VERDICT_ORDER, countVerdicts } from './figure-groups';
import { FigureList } from './FigureList';
import { loadPageView, type Messaging, type PageView, type PopupTab } from './load-page';
import { PageMessage } from './PageMessage';
import { shareableState } from './share';
import { SharePanel, useWritableLists } from './SharePanel';

/** What the popup needs from the browser; main.tsx passes the real APIs, tests fakes. */
export interface PopupEnv extends Messaging {
  /** The tab the popup is about (null when there is none). */
  tab: () => Promise<PopupTab | null>;
  /** `permissions.request` for host origins; called synchronously inside a click handler. */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  openClaimsBrowser: () => void;
  openOptions: () => void;
  download: (file: ExportFile) => void;
  now: () => Date;
  /** Pause between two looks at a page that is still being checked, in ms. */
  pollMs?: number;
}

/** How many times the popup looks again at a page still being checked or switched on. */
const MAX_POLLS = 40;

type Refresh = 'once' | 'until-on';

/** Whether a view is still changing by itself, so the popup should look again soon. */
function waiting(view: PageView, mode: Refresh): boolean {
  if (view.state === 'checking') return true;
  return mode === 'until-on' && (view.state === 'off' || view.state === 'unreachable');
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The toolbar popup: what Figure Check found on the page in the current tab, figure by figure,
 * and the ways to act on it. The root carries `data-state` (the state shown) and `data-ready`
 * (once the first answer is shown).
 */
export function Popup({ env }: { env: PopupEnv }) {
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [view, setView] = useState<PageView | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [sharing, setSharing] = useState(false);
  const shareButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Each refresh gets a number; a poll that a newer refresh replaced stops.
  const latest = useRef(0);

  const refresh = useCallback(
    async (mode: Refresh, forTab: PopupTab | null): Promise<void> => {
      const mine = ++latest.current;
      for (let polls = 0; ; polls++) {
        const next = await loadPageView(forTab, env);
        if (mine !== latest.current) return;
        setView(next);
        if (!waiting(next, mode) || polls >= MAX_POLLS) return;
        await new Promise((done) => setTimeout(done, env.pollMs ?? 400));
        if (mine !== latest.current) return;
      }
    },
    [env],
  );

  useEffect(() => {
    let live = true;
    void env.tab().then((found) => {
      if (!live) return;
      setTab(found);
      void refresh('once', found);
    });
    return () => {
      live = false;
      latest.current += 1;
    };
  }, [env, refresh]);

  const act = (work: () => Promise<void>): void => {
    setBusy(true);
    setNotice('');
    work()
      .catch((e: unknown) => setNotice(`That did not work: ${errorText(e)}`))
      .finally(() => setBusy(false));
  };

  const retry = (): void => act(() => refresh('once', tab));

  const turnOn = (): void => {
    const url = view?.url;
    const site = view?.site;
    if (!url || !site || !tab) return;
    // The permission prompt needs the user's click: nothing asynchronous may come before it.
    let granted: Promise<boolean>;
    try {
      granted = site.builtIn ? Promise.resolve(true) : env.requestOrigins([originPatternFor(url)]);
    } catch (e) {
      granted = Promise.reject(e);
    }
    act(async () => {
      if (!(await granted)) {
        setNotice(`Figure Check was not allowed to read ${site.site}, so it stays off there.`);
        return;
      }
      const request = { type: 'set-site-enabled' as const, url, enabled: true, tabId: tab.id };
      await send(env.toBackground, request);
      setNotice(`Figure Check is now on for ${site.site}.`);
      await refresh('until-on', tab);
    });
  };

  const turnOff = (): void => {
    const url = view?.url;
    if (!url || !tab) return;
    act(async () => {
      const request = { type: 'set-site-enabled' as const, url, enabled: false, tabId: tab.id };
      const answer = await send(env.toBackground, request);
      latest.current += 1;
      setView({ state: 'off', summary: null, site: answer.status, url });
      setNotice(`Figure Check is now off for ${answer.status.site}.`);
    });
  };

  const reveal = (figureId: string): void => {
    act(async () => {
      const answer = await sendToTab(env.toTab, { type: 'reveal-figure', figureId });
      if (!answer.found) {
        setNotice('That figure is no longer on the page; the list has been updated.');
        await refresh('once', tab);
      }
    });
  };

  const summary = view?.summary ?? null;
  const figures = view && view.state !== 'off' ? (summary?.figures ?? []) : [];
  const pageUrl = view?.url ?? summary?.source.url ?? null;
  const exportAs = (format: PageExportFormat): void => {
    if (!summary || !pageUrl) return;
    act(async () => {
      env.download(await exportPage(summary.source, pageUrl, figures, format, env.now()));
    });
  };

  const state = view?.state ?? 'loading';
  const shareSource =
    summary && httpHref(summary.source.url ?? pageUrl)
      ? { ...summary.source, url: httpHref(summary.source.url ?? pageUrl) ?? '' }
      : null;
  const canShare = shareableState(state) && figures.length > 0 && shareSource !== null;
  const writable = useWritableLists(env.toBackground, canShare);

  // Closing the share panel puts focus back on the button that opened it, in the same task as
  // the panel goes (a layout effect), so focus never falls to the body in between.
  useLayoutEffect(() => {
    if (sharing || !returnFocus.current) return;
    returnFocus.current = false;
    shareButton.current?.focus();
  }, [sharing]);

  const closeShare = (): void => {
    returnFocus.current = true;
    setSharing(false);
  };
  const shareTo = canShare && writable?.length ? writable : null;
  const showShare = sharing && shareTo !== null && shareSource !== null;
  const canTurnOff =
    !!view?.site?.enabled && !!pageUrl && state !== 'off' && state !== 'unreachable';
  return (
    <div class="popup" data-state={state} data-ready={view ? 'true' : 'false'} aria-busy={busy}>
      <Header view={view} count={figures.length} summary={summary} />
      <main class="body">
        {showShare ? (
          <SharePanel
            figures={figures}
            source={shareSource}
            lists={shareTo}
            toBackground={env.toBackground}
            onClose={closeShare}
          />
        ) : (
          <>
            {state === 'ready' ? null : (
              <PageMessage
                state={state}
                site={view?.site ?? null}
                busy={busy}
                onRetry={retry}
                onTurnOn={turnOn}
              />
            )}
            {figures.length > 0 ? <FigureList figures={figures} onReveal={reveal} /> : null}
          </>
        )}
      </main>
      <p class="notice" role="status">
        {notice}
      </p>
      <footer class="footer">
        {shareTo && !showShare ? (
          <div class="share-entry">
            <button
              type="button"
              class="share-open"
              ref={shareButton}
              disabled={busy}
              onClick={() => setSharing(true)}
            >
              Share to team list…
            </button>
          </div>
        ) : null}
        <div class="links">
          <button type="button" class="link" onClick={env.openClaimsBrowser}>
            Open claims browser
          </button>
          <button type="button" class="link" onClick={env.openOptions}>
            Options
          </button>
          {canTurnOff ? (
            <button type="button" class="link quiet" disabled={busy} onClick={turnOff}>
              Turn off on {view?.site?.site}
            </button>
          ) : null}
        </div>
        {figures.length > 0 && pageUrl ? (
          <div class="export" role="group" aria-label="Export this page">
            <span class="export-label">Export this page:</span>
            <button type="button" disabled={busy} onClick={() => exportAs('csv')}>
              CSV
            </button>
            <button type="button" disabled={busy} onClick={() => exportAs('json')}>
              JSON
            </button>
          </div>
        ) : null}
      </footer>
    </div>
  );
}

function Header({
  view,
  summary,
  count,
}: {
  view: PageView | null;
  summary: PageSummary | null;
  count: number;
}) {
  const source = summary?.source;
  const title = source?.title ?? source?.outlet ?? view?.site?.site ?? 'This page';
  const outlet = source?.outlet ?? view?.site?.site ?? null;
  const counts = countVerdicts(summary?.figures ?? []);
  return (
    <header class="header">
      <h1 class="title">{title}</h1>
      {outlet && outlet !== title ? <p class="outlet">{outlet}</p> : null}
      {count > 0 ? (
        <p class="counts">
          <span class="total">
            {count} {count === 1 ? 'figure' : 'figures'}
          </span>
          {VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => (
            <span key={v} class={`count v-${v}`}>
              {VERDICT_LOOK[v].icon ? (
                <span aria-hidden="true">{VERDICT_LOOK[v].icon} </span>
              ) : null}
              {counts[v]} {VERDICT_COUNT_WORD[v]}
            </span>
          ))}
          {counts.unchecked > 0 ? (
            <span class="count v-unchecked">{counts.unchecked} not checked yet</span>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}
