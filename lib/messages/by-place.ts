/**
 * A list sent "by place": each item the receiver already holds (in the list of an earlier
 * message) named by its place there, the others sent whole. `check-page` requests send their
 * figures so, and its answers their checks (see CheckPageWireSchema, CheckPageResponseSchema):
 * a live page asks again after every change, and most of what it sends and gets is as before.
 *
 * @module
 */

/** A list split into places in the earlier list (-1: the next of `whole`) and the items sent. */
export interface ByPlace<T> {
  places: number[];
  whole: T[];
}

/**
 * `items` by place: `placeOf` says where item `i` stands in the earlier list, or -1 when it is
 * not there (or is not the same), and then it is sent whole.
 */
export function toPlaces<T>(
  items: readonly T[],
  placeOf: (item: T, i: number) => number,
): ByPlace<T> {
  const places: number[] = [];
  const whole: T[] = [];
  items.forEach((item, i) => {
    const at = placeOf(item, i);
    places.push(at);
    if (at < 0) whole.push(item);
  });
  return { places, whole };
}

/**
 * The list `places` and `whole` stand for, each named item the very one of `earlier`; null
 * when they do not fit it (a place it lacks, too few or too many items sent).
 */
export function fromPlaces<T>(
  places: readonly number[],
  whole: readonly T[],
  earlier: readonly T[],
): T[] | null {
  const out: T[] = [];
  let sent = 0;
  for (const at of places) {
    const item = at < 0 ? whole[sent++] : earlier[at];
    if (item === undefined) return null;
    out.push(item);
  }
  return sent === whole.length ? out : null;
}
