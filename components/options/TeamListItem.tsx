import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messages/client';
import type { ListStatusView } from '../../lib/messages/list-protocol';
import { failureText, type Announce, type OptionsEnv } from './options-env';
import { RemoveListConfirm } from './RemoveListConfirm';
import {
  agoWords,
  claimsWords,
  dueWords,
  exactTime,
  copyFailedWords,
  indexingWords,
  outcomeWords,
  removedWords,
} from './team-list-words';

/** How long "Sync now" waits for the background: a sync has its own 30 s limit per request. */
const SYNC_ANSWER_MS = 90_000;

export interface TeamListItemProps {
  list: ListStatusView;
  /** The time the status was read, for "12 min ago". */
  now: number;
  env: OptionsEnv;
  announce: Announce;
  /** Reads the lists again; resolves to them (null when that failed). */
  refresh: () => Promise<ListStatusView[] | null>;
  /** Called once the list is gone, so the section can move focus. */
  onRemoved: (id: string) => void;
}

/** A moment as words with the exact time in its title. */
function When({ at, words }: { at: number; words: string }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={exactTime(at)}>
      {words}
    </time>
  );
}

/** A warning line: an icon and words, so it does not rest on colour alone. */
function Warning({ text }: { text: string }) {
  return (
    <p class="list-warning">
      <span class="icon" aria-hidden="true">
        ⚠
      </span>{' '}
      <span>{text}</span>
    </p>
  );
}

/** One followed list: what it holds, how its syncs went, and Sync now / Remove. */
export function TeamListItem({ list, now, env, announce, refresh, onRemoved }: TeamListItemProps) {
  const [syncing, setSyncing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Cancel returns focus to the button that opened the question.
  useEffect(() => {
    if (wasConfirming.current && !confirming && !removing) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, removing]);

  const syncNow = async (): Promise<void> => {
    setSyncing(true);
    try {
      const answer = await send(
        env.send,
        { type: 'sync-lists', id: list.id },
        { timeoutMs: SYNC_ANSWER_MS },
      );
      const lists = await refresh();
      const name = lists?.find((l) => l.id === list.id)?.name ?? list.name;
      const outcome = answer.results.find((r) => r.listId === list.id);
      announce(outcome ? outcomeWords(name, outcome) : `${name}: nothing was synced.`);
    } catch (e) {
      announce(`${list.name}: sync failed: ${failureText(e)}`);
      await refresh();
    } finally {
      setSyncing(false);
    }
  };

  const remove = async (): Promise<void> => {
    setRemoving(true);
    try {
      const answer = await send(env.send, { type: 'remove-list', id: list.id });
      announce(removedWords(list.name, answer.removed, answer.later));
      onRemoved(list.id);
    } catch (e) {
      announce(`${list.name} was not removed: ${failureText(e)}`);
      setRemoving(false);
      setConfirming(false);
    }
    await refresh();
  };

  const nameId = `list-name-${list.id}`;
  return (
    <li class="team-list" aria-labelledby={nameId} data-list-id={list.id}>
      <h3 id={nameId} tabIndex={-1}>
        {list.name}
      </h3>
      <p class="list-url">{list.url}</p>
      <ul class="list-facts">
        <li>{claimsWords(list.claimCount)}</li>
        {list.indexing ? (
          <li class="list-indexing">{indexingWords(list.indexing.done, list.indexing.total)}</li>
        ) : null}
        <li>
          {list.lastSyncAt ? (
            <>
              Last synced{' '}
              <When
                at={Date.parse(list.lastSyncAt)}
                words={agoWords(Date.parse(list.lastSyncAt), now)}
              />
            </>
          ) : (
            'Never synced'
          )}
        </li>
        <li>
          Next sync <When at={list.nextSyncAt} words={dueWords(list.nextSyncAt, now)} />
        </li>
        <li>{list.writable ? 'Writable — you can share to this list' : 'Read-only'}</li>
        {list.pendingShares > 0 ? (
          <li>
            {list.pendingShares === 1
              ? '1 share waiting to be sent'
              : `${list.pendingShares} shares waiting to be sent`}
          </li>
        ) : null}
      </ul>
      {list.lastError ? <Warning text={`Last sync failed: ${list.lastError}`} /> : null}
      {list.shareError ? <Warning text={`Last share refused: ${list.shareError}`} /> : null}
      {list.indexing?.error ? <Warning text={copyFailedWords(list.indexing.error)} /> : null}
      <p class="button-row">
        <button type="button" disabled={syncing || removing} onClick={() => void syncNow()}>
          {syncing ? 'Syncing…' : 'Sync now'}
          <span class="visually-hidden"> {list.name}</span>
        </button>{' '}
        <button
          type="button"
          ref={removeButton}
          aria-expanded={confirming}
          aria-controls={`remove-confirm-${list.id}`}
          disabled={removing}
          onClick={() => setConfirming(true)}
        >
          Remove…<span class="visually-hidden"> {list.name}</span>
        </button>
      </p>
      {confirming ? (
        <RemoveListConfirm
          list={list}
          busy={removing}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </li>
  );
}
