/**
 * One content script per page. The background may inject the script into a tab where it already
 * runs (a site the user just turned on); the second copy must not scan, mark and badge again.
 *
 * @module
 */

/**
 * A property of the document object, not an attribute: it lives in the content script's own
 * world, so the page can neither see it nor forge it to keep the extension out.
 */
const CLAIMED = '__figureCheckContentScript';

/**
 * Claims `doc` for this copy of the content script. A copy whose extension context was
 * invalidated (the extension was updated or reloaded) no longer counts, so the new copy takes
 * over.
 *
 * @param alive - tells, when asked later, whether this copy still runs.
 * @returns true when this copy may run, false when another live copy already runs in this page.
 */
export function claimDocument(doc: Document, alive: () => boolean): boolean {
  const other: unknown = Reflect.get(doc, CLAIMED);
  if (typeof other === 'function' && other() === true) return false;
  Reflect.set(doc, CLAIMED, alive);
  return true;
}
