import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/extension-page.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { OptionsEnv } from '../../components/options/options-env';
import { SETTINGS_KEY } from '../../lib/settings/settings';

const env: OptionsEnv = {
  storage: browser.storage.local,
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  send: (message) => browser.runtime.sendMessage(message),
  openClaimsBrowser: () => browser.tabs.create({ url: browser.runtime.getURL('/claims.html') }),
};

const root = document.getElementById('app');
if (root) render(<OptionsApp env={env} />, root);
