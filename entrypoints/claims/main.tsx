import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClaimsBrowser } from '../../components/claims/ClaimsBrowser';
import '../../components/extension-page.css';
import '../../components/claims/claims.css';
import '../../components/claims/claims-table.css';
import '../../components/claims/claims-panels.css';
import '../../components/claims/event-chart.css';

/** The claims browser page (claims.html): a researcher's view of every stored claim. */
const send = (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message);
const root = document.getElementById('app');
if (root) render(<ClaimsBrowser send={send} />, root);
