import { useEffect, useRef } from 'preact/hooks';
import { AddListForm } from './AddListForm';
import type { Announce, OptionsEnv } from './options-env';
import { TeamListItem } from './TeamListItem';
import './team-lists.css';
import { intervalWords, SYNC_CHOICES } from './team-list-words';
import { useListStatus } from './use-list-status';

export interface TeamListsSectionProps {
  env: OptionsEnv;
  announce: Announce;
  /** The stored interval between syncs (settings.syncMinutes). */
  syncMinutes: number;
  onSyncMinutes: (minutes: number) => void;
}

/** The choices of the interval select, with the stored value among them even if unusual. */
function intervalChoices(current: number): number[] {
  return [...new Set([...SYNC_CHOICES, current])].sort((a, b) => a - b);
}

/**
 * "Team lists": the lists a team keeps together. The browser syncs them and checks pages
 * against them locally; only the list travels, never what the user reads.
 */
export function TeamListsSection({
  env,
  announce,
  syncMinutes,
  onSyncMinutes,
}: TeamListsSectionProps) {
  const { lists, error, readAt, refresh } = useListStatus(env);
  const heading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once a removed list's item is gone: the next list, else the heading. */
  const focusAfter = useRef<{ index: number } | null>(null);

  const removed = (id: string): void => {
    const index = lists?.findIndex((l) => l.id === id) ?? -1;
    focusAfter.current = { index: Math.max(0, index) };
  };
  useEffect(() => {
    const target = focusAfter.current;
    if (!target || !lists) return;
    focusAfter.current = null;
    const next = lists[target.index] ?? lists[target.index - 1];
    const item = next ? document.getElementById(`list-name-${next.id}`) : null;
    (item ?? heading.current)?.focus();
  }, [lists]);

  return (
    <section class="team-lists" aria-labelledby="team-lists-heading">
      <h2 id="team-lists-heading" ref={heading} tabIndex={-1}>
        Team lists
      </h2>
      <p>
        Lists of claims your team keeps together. Your browser fetches each list and checks pages
        against it locally: only the list travels, never what you read.
      </p>
      {error ? (
        <p class="error" role="alert">
          The team lists could not be read: {error}
        </p>
      ) : null}
      {lists === null ? (
        error ? null : (
          <p class="muted">Loading…</p>
        )
      ) : lists.length === 0 ? (
        <p class="empty-lists muted">
          No team lists yet. Add one by its URL: a list server’s https://…/v1/lists/ID, or any
          claims-list JSON file.
        </p>
      ) : (
        <ul class="team-list-items" aria-label="Followed team lists">
          {lists.map((list) => (
            <TeamListItem
              key={list.id}
              list={list}
              now={readAt}
              env={env}
              announce={announce}
              refresh={refresh}
              onRemoved={removed}
            />
          ))}
        </ul>
      )}
      <p class="sync-every">
        <label for="sync-minutes">Sync every</label>{' '}
        <select
          id="sync-minutes"
          value={String(syncMinutes)}
          onChange={(e) => onSyncMinutes(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {intervalChoices(syncMinutes).map((m) => (
            <option key={m} value={String(m)}>
              {intervalWords(m)}
            </option>
          ))}
        </select>
      </p>
      <AddListForm env={env} announce={announce} onDone={refresh} />
    </section>
  );
}
