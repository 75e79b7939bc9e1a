/**
 * What the options page needs from the browser, passed in so the page renders in tests.
 *
 * @module
 */
import type { Send } from '../../lib/messages/client';
import type { SettingsStorage } from '../../lib/settings/settings';

/** The options page's surroundings: `browser.storage.local`, messaging and tabs, or fakes. */
export interface OptionsEnv {
  /** Where the settings live. */
  storage: SettingsStorage;
  /** Calls `onChange` whenever the stored settings change; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  /** Sends a request to the background (`browser.runtime.sendMessage`). */
  send: Send;
  /** Opens the claims browser in a new tab. */
  openClaimsBrowser(): Promise<unknown>;
}

/** Announces the outcome of a change to screen readers (and shows it). */
export type Announce = (message: string) => void;

/** The readable text of a failure. */
export function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
