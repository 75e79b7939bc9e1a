/**
 * The storage key all settings live under, in a module of its own: the content script asks for
 * it before the modules that validate settings have loaded (see `stored-early.ts`).
 *
 * @module
 */

/** The storage key all settings live under. */
export const SETTINGS_KEY = 'settings';
