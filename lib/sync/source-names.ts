/**
 * Naming the team list behind each source of a verdict, for the badge card.
 *
 * @module
 */
import type { FigureCheck, Other } from '../claims/claim';
import { listIdOf } from '../db/list-rows';

function named(other: Other, names: ReadonlyMap<string, string>): Other {
  const listId = listIdOf(other.origin);
  if (listId === null) return other;
  const name = names.get(listId);
  return name === undefined ? other : { ...other, listName: name.slice(0, 200) };
}

/**
 * The checks with `listName` set on every source that came from a followed list.
 *
 * @param names - List names by list id, as {@link listNames} gives them.
 */
export function withListNames(
  checks: readonly FigureCheck[],
  names: ReadonlyMap<string, string>,
): FigureCheck[] {
  if (names.size === 0) return [...checks];
  return checks.map((c) => ({
    ...c,
    agree: c.agree.map((o) => named(o, names)),
    disagree: c.disagree.map((o) => named(o, names)),
    byOriginator: c.byOriginator.map((g) => ({
      ...g,
      others: g.others.map((o) => named(o, names)),
    })),
  }));
}
