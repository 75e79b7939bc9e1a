// First of all, so that it sees every other module evaluate.
import { LOADED_AT } from './load-clock';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
// First of the project's modules, so that its question to storage travels while the rest loads.
import { storedSettings } from './settings-asked-early';
import { BadgeLayer } from '../../components/badge-layer';
import { pageChecker } from '../../lib/messages/page-checker';
import { claimDocument } from '../../lib/page/run-once';
import { answerContentRequest, startPageSession } from '../../lib/page/session';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  parseSettings,
  type Settings,
} from '../../lib/settings/settings';
import { BUILT_IN_MATCHES, siteConfig } from '../../lib/sites/index';

/**
 * A page (or a test) may dispatch this on `document` to scan again. Harmless to expose: scans
 * are idempotent, so the worst a page can do is spend its own time.
 */
const RESCAN_EVENT = 'figure-check:rescan';

/** Attribute on `<html>`, e2e build only: the last scan's main-thread time in ms. */
const WORK_ATTRIBUTE = 'data-figure-check-work-ms';
/** Attribute on `<html>`, e2e build only: how long evaluating the script's modules took, in ms. */
const LOAD_ATTRIBUTE = 'data-figure-check-load-ms';
/** Every import above has been evaluated by the time this line runs. */
const evaluatedIn = performance.now() - LOADED_AT;

export default defineContentScript({
  // Built-in news sites; the background registers this same file for sites the user turns on.
  matches: BUILT_IN_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // The background may inject this file into a tab where it already runs.
    if (!claimDocument(document, () => ctx.isValid)) {
      // Taking the early answer lets go of its listener for changes.
      storedSettings().catch(() => undefined);
      return;
    }
    // Only the e2e build (`--mode e2e`, replaced at build time) lets tests into the badges.
    const e2e = import.meta.env.MODE === 'e2e';
    if (e2e) document.documentElement.setAttribute(LOAD_ATTRIBUTE, evaluatedIn.toFixed(2));
    const badges = new BadgeLayer(document, { inspectable: e2e });
    const session = startPageSession({
      doc: document,
      badges,
      href: () => location.href,
      // The benchmark reads each scan's main-thread time here; the shipped build says nothing.
      onWork: e2e
        ? (ms) => document.documentElement.setAttribute(WORK_ATTRIBUTE, ms.toFixed(2))
        : undefined,
      check: pageChecker(browser.runtime.sendMessage),
    });
    const apply = (settings: Settings): void =>
      session.configure(siteConfig(location.href, settings));

    browser.runtime.onMessage.addListener((message: unknown, sender) =>
      answerContentRequest(session, message, sender.id, browser.runtime.id),
    );
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change) apply(parseSettings(change.newValue).settings);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      session.stop();
      badges.destroy();
    });
    // An explicit request for a rescan asks the background again.
    ctx.addEventListener(document, RESCAN_EVENT, () => session.rescan());

    let settings: Settings;
    try {
      settings = parseSettings(await storedSettings()).settings;
    } catch {
      // Storage failing is no reason to leave a news page unchecked: the defaults apply.
      settings = structuredClone(DEFAULT_SETTINGS);
    }
    if (ctx.isValid) apply(settings);
  },
});
