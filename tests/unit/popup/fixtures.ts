import type { PageFigure, PageSummary } from '../../../lib/messages/protocol';
import type { Send } from '../../../lib/messages/client';
import type { PopupEnv } from '../../../components/popup/Popup';
import type { ExportFile } from '../../../components/popup/export-page';
import { check, mention, other } from '../components/fixtures';

export { check, mention, other };

/** A page figure: mark id, mention, check. */
export function figure(
  figureId: string,
  over: Partial<PageFigure['mention']> = {},
  figureCheck: PageFigure['check'] = null,
): PageFigure {
  return { figureId, mention: mention(over), check: figureCheck };
}

/** The content script's answer for a page in `state` with `figures`. */
export function summary(
  state: PageSummary['state'],
  figures: PageFigure[] = [],
  over: Partial<PageSummary> = {},
): PageSummary {
  return {
    type: 'page-summary-result',
    state,
    source: {
      url: 'https://www.reuters.com/world/drones-kursk',
      outlet: 'Reuters',
      title: 'Russia says 132 drones downed',
      publishedAt: '2025-07-20T08:00:00Z',
    },
    figures,
    badges: 'all',
    ...over,
  };
}

/** The error a browser gives for a tab without a content script. */
export const NO_RECEIVER = new Error(
  'Could not establish connection. Receiving end does not exist.',
);

/** A message handler: an answer, or a thrown error. */
export type Reply = (message: { type: string } & Record<string, unknown>) => unknown;

/** A fake browser for the popup that records what it was asked, in order. */
export interface FakeEnv extends PopupEnv {
  calls: string[];
  files: ExportFile[];
}

function sender(name: string, calls: string[], reply: Reply): Send {
  return async (message) => {
    const m = message as { type: string } & Record<string, unknown>;
    calls.push(`${name}:${m.type}`);
    return reply(m);
  };
}

/** A popup environment whose tab and background answer with `tab` and `background`. */
export function fakeEnv(
  tab: Reply,
  background: Reply = () => {
    throw new Error('background not expected');
  },
  options: { url?: string; granted?: boolean } = {},
): FakeEnv {
  const calls: string[] = [];
  const files: ExportFile[] = [];
  const url = 'url' in options ? options.url : 'https://www.reuters.com/world/drones-kursk';
  return {
    calls,
    files,
    tab: async () => ({ id: 7, url }),
    toTab: sender('tab', calls, tab),
    toBackground: sender('background', calls, background),
    requestOrigins: async (origins) => {
      calls.push(`permissions:${origins.join(',')}`);
      return options.granted ?? true;
    },
    openClaimsBrowser: () => calls.push('open:claims'),
    openOptions: () => calls.push('open:options'),
    download: (file) => files.push(file),
    now: () => new Date('2025-07-21T10:00:00Z'),
    pollMs: 1,
  };
}
