/**
 * Imported by the content script before its heavy modules: evaluating this asks the browser for
 * the stored settings (see `askStoredSettings`), and the answer comes back while the extractor's
 * tables are built.
 *
 * @module
 */
import { browser } from 'wxt/browser';
import { askStoredSettings } from '../../lib/settings/stored-early';

/** The stored settings value, unparsed; asked for when the content script loaded. */
export const storedSettings = askStoredSettings(browser.storage);
