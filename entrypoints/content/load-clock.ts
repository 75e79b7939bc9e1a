/**
 * Imported by the content script before every other module: the time its modules started to
 * evaluate, so that the e2e build can say how long evaluating them took on this page (the
 * benchmark's "content script evaluation" row). Evaluation runs on every page of every site the
 * script matches, stories or not, before anything is read.
 *
 * @module
 */

/** `performance.now()` when the content script's modules began to evaluate. */
export const LOADED_AT = performance.now();
