import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Source } from '../../lib/claims/mention';
import { send, type Send } from '../../lib/messages/client';
import type { ListStatusView } from '../../lib/messages/list-protocol';
import type { PageFigure } from '../../lib/messages/protocol';
import { dateWords } from '../format';
import { figureCount, figureWords, shareOutcome, writableLists, type ShareOutcome } from './share';

/** What the share panel needs. */
export interface SharePanelProps {
  /** The page's figures, all offered (and chosen) at first. */
  figures: readonly PageFigure[];
  /** The page as a source; its URL must be http(s). */
  source: Source & { url: string };
  /** The lists the user can write to; at least one. */
  lists: readonly ListStatusView[];
  /** `runtime.sendMessage`, to ask the background. */
  toBackground: Send;
  /** Back to the figure list (Cancel, Close, Escape). */
  onClose: () => void;
}

/**
 * The lists the page's figures can be shared to, asked of the background once `wanted` (the page
 * has figures); null until then. A background that does not answer leaves nothing to share to.
 */
export function useWritableLists(toBackground: Send, wanted: boolean): ListStatusView[] | null {
  const [lists, setLists] = useState<ListStatusView[] | null>(null);
  useEffect(() => {
    if (!wanted || lists !== null) return;
    let live = true;
    send(toBackground, { type: 'list-status' })
      .then((answer) => live && setLists(writableLists(answer.lists)))
      .catch(() => live && setLists([]));
    return () => {
      live = false;
    };
  }, [toBackground, wanted, lists]);
  return lists;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Shares some of the page's figures to a team list: the list (chosen when there are several),
 * a checkbox per figure, and one button. Says afterwards whether the list has them, whether they
 * wait to be sent, or why the list refused them.
 */
export function SharePanel({ figures, source, lists, toBackground, onClose }: SharePanelProps) {
  const [listId, setListId] = useState(lists[0]?.id ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(figures.map((f) => f.figureId)),
  );
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const [failure, setFailure] = useState('');
  const title = useRef<HTMLHeadingElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  // Opening moves focus into the panel, so a keyboard user starts at its top. Layout effects:
  // focus moves in the same task as the DOM change, never resting on the body in between.
  useLayoutEffect(() => title.current?.focus(), []);
  // The form (and its focused button) goes once there is an outcome; focus goes to Close.
  useLayoutEffect(() => {
    if (outcome) close.current?.focus();
  }, [outcome]);

  const list = lists.find((l) => l.id === listId) ?? lists[0];
  const picked = figures.filter((f) => chosen.has(f.figureId));

  const toggle = (id: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const share = (event: Event): void => {
    event.preventDefault();
    if (!list || picked.length === 0 || busy) return;
    setBusy(true);
    setFailure('');
    const request = {
      type: 'share-figures' as const,
      listId: list.id,
      source,
      mentions: picked.map((f) => f.mention),
    };
    send(toBackground, request)
      .then((answer) => setOutcome(shareOutcome(answer, picked.length, list.name)))
      .catch((e: unknown) => setFailure(`The figures could not be shared: ${errorText(e)}`))
      .finally(() => setBusy(false));
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onClose();
    }
  };

  const refused = outcome?.tone === 'refused';
  return (
    <section
      class="share"
      aria-labelledby="share-title"
      aria-busy={busy}
      onKeyDown={onKeyDown}
      data-outcome={outcome?.tone ?? ''}
    >
      <h2 id="share-title" class="share-title" tabIndex={-1} ref={title}>
        Share to team list
      </h2>
      {outcome ? null : (
        <form class="share-form" onSubmit={share}>
          {lists.length > 1 ? (
            <p class="share-list">
              <label for="share-list">List</label>{' '}
              <select
                id="share-list"
                value={listId}
                disabled={busy}
                onChange={(e) => setListId(e.currentTarget.value)}
              >
                {lists.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            </p>
          ) : (
            <p class="share-list">
              To <strong>{list?.name}</strong>
            </p>
          )}
          <fieldset class="share-figures" disabled={busy}>
            <legend>Figures to share</legend>
            <p class="share-all">
              <button
                type="button"
                class="link"
                onClick={() => setChosen(new Set(figures.map((f) => f.figureId)))}
              >
                Select all
              </button>
              <button type="button" class="link" onClick={() => setChosen(new Set())}>
                Select none
              </button>
            </p>
            <ul class="share-choices">
              {figures.map((f) => (
                <li key={f.figureId}>
                  <label class="share-choice">
                    <input
                      type="checkbox"
                      value={f.figureId}
                      checked={chosen.has(f.figureId)}
                      onChange={(e) => toggle(f.figureId, e.currentTarget.checked)}
                    />
                    <span>
                      <span class="share-figure">{figureWords(f.mention)}</span>
                      <span class="share-facts">
                        {[f.mention.place?.name, dateWords(f.mention.date)]
                          .filter((x) => x)
                          .join(' · ')}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div class="share-actions">
            <button type="submit" class="primary" disabled={busy || picked.length === 0}>
              {busy ? 'Sharing…' : `Share ${figureCount(picked.length)}`}
            </button>
            <button type="button" disabled={busy} onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p class={`share-outcome ${outcome?.tone ?? ''}`} role="status">
        {outcome && !refused ? outcome.text : ''}
      </p>
      <p class="share-outcome refused" role="alert">
        {refused ? outcome.text : failure}
      </p>
      {outcome ? (
        <div class="share-actions">
          <button type="button" ref={close} onClick={onClose}>
            Close
          </button>
        </div>
      ) : null}
    </section>
  );
}
