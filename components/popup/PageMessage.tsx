import type { SiteStatus } from '../../lib/messages/protocol';
import type { ViewState } from './load-page';

/** A state without figures to list, and the actions it offers. */
export interface PageMessageProps {
  state: ViewState | 'loading';
  site: SiteStatus | null;
  /** Whether an action is under way (its button is disabled meanwhile). */
  busy: boolean;
  /** Asks again (no answer, unreachable page). */
  onRetry: () => void;
  /** Turns Figure Check on for this site; must run inside the click handler (permissions). */
  onTurnOn: () => void;
}

/** One clear sentence for each state without figures, with what the reader can do about it. */
export function PageMessage({ state, site, busy, onRetry, onTurnOn }: PageMessageProps) {
  switch (state) {
    case 'loading':
      return <Status text="Reading this page…" spinner />;
    case 'checking':
      return <Status text="Checking figures against other sources…" spinner />;
    case 'not-article':
      return (
        <p class="message">
          This page doesn't look like a news article. Figure Check looks for figures in article
          text.
        </p>
      );
    case 'no-figures':
      return <p class="message">No drone-strike or casualty figures found in this article.</p>;
    case 'no-answer':
      return (
        <div class="message">
          <p>Figure Check's background did not answer, so these figures are not checked yet.</p>
          <button type="button" class="action" disabled={busy} onClick={onRetry}>
            Retry
          </button>
        </div>
      );
    case 'unreachable':
      return (
        <div class="message">
          <p>This page did not answer. If it is still loading, wait a moment; else reload it.</p>
          <button type="button" class="action" disabled={busy} onClick={onRetry}>
            Retry
          </button>
        </div>
      );
    case 'unreadable':
      return <p class="message">Figure Check can't read this page.</p>;
    case 'off':
      return <OffMessage site={site} busy={busy} onTurnOn={onTurnOn} />;
    case 'ready':
      return null;
  }
}

function Status({ text, spinner }: { text: string; spinner?: boolean }) {
  return (
    <p class="message status">
      {spinner ? <span class="spinner" aria-hidden="true" /> : null}
      {text}
    </p>
  );
}

function OffMessage({
  site,
  busy,
  onTurnOn,
}: {
  site: SiteStatus | null;
  busy: boolean;
  onTurnOn: () => void;
}) {
  if (!site) return <p class="message">Figure Check can't read this page.</p>;
  // On, yet not running here: the tab was open before the site was turned on or installed.
  const text = site.enabled
    ? `Figure Check is on for ${site.site} but has not read this page yet.`
    : `Figure Check is off for ${site.site}.`;
  return (
    <div class="message">
      <p>{text}</p>
      <button type="button" class="action primary" disabled={busy} onClick={onTurnOn}>
        {site.enabled ? 'Check figures on this page' : 'Check figures on this site'}
      </button>
      {site.builtIn || site.enabled ? null : (
        <p class="hint">Your browser will ask to let Figure Check read pages on {site.site}.</p>
      )}
    </div>
  );
}
