/**
 * The JSON text of list answers, kept by list, `since` and cursor, whatever the list's size.
 * A list at a given cursor never changes (every write takes a new cursor), so a text is right for
 * as long as the list stays at its cursor: a reader asking again, or a thousand readers asking
 * for a 100,000-claim list, cost one query and one serialisation, not one each. Texts of a list's
 * older cursors are dropped when a newer one is kept, and the least recently used texts go when
 * the cache passes its size.
 *
 * @module
 */

/** The kept answers. */
export interface AnswerCache {
  /** The text of `listId`'s answer to `since` (null: the whole list) at `cursor`, if kept. */
  get(listId: string, since: string | null, cursor: string): string | undefined;
  /** Keeps a text; one larger than the whole cache is not kept. */
  set(listId: string, since: string | null, cursor: string, text: string): void;
}

/** A cache of at most `maxChars` characters of text (about that many bytes of memory or twice). */
export function createAnswerCache({ maxChars }: { maxChars: number }): AnswerCache {
  /** By key, in the order of last use (a Map keeps insertion order). */
  const texts = new Map<string, { listId: string; text: string }>();
  /** Each list's cursor here and the keys of its texts. */
  const lists = new Map<string, { cursor: string; keys: Set<string> }>();
  let size = 0;
  const keyOf = (listId: string, since: string | null, cursor: string): string =>
    `${listId}|${since ?? ''}|${cursor}`;
  const drop = (key: string): void => {
    const entry = texts.get(key);
    if (!entry) return;
    size -= entry.text.length;
    texts.delete(key);
    const list = lists.get(entry.listId);
    list?.keys.delete(key);
    if (list?.keys.size === 0) lists.delete(entry.listId);
  };

  return {
    get(listId, since, cursor) {
      const key = keyOf(listId, since, cursor);
      const entry = texts.get(key);
      if (!entry) return undefined;
      texts.delete(key);
      texts.set(key, entry);
      return entry.text;
    },
    set(listId, since, cursor, text) {
      if (text.length > maxChars) return;
      const list = lists.get(listId);
      // A read that started before a newer one was kept: its text is already out of date.
      if (list && Number(cursor) < Number(list.cursor)) return;
      // The list has moved on: its answers at the older cursor will not be asked for again.
      if (list && list.cursor !== cursor) for (const key of [...list.keys]) drop(key);
      const key = keyOf(listId, since, cursor);
      drop(key);
      texts.set(key, { listId, text });
      const kept = lists.get(listId) ?? { cursor, keys: new Set<string>() };
      kept.keys.add(key);
      lists.set(listId, kept);
      size += text.length;
      for (const oldest of texts.keys()) {
        if (size <= maxChars) break;
        drop(oldest);
      }
    },
  };
}
