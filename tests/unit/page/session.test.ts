import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckPageRequest } from '../../../lib/messages/protocol';
import { BadgeLayer } from '../../../components/badge-layer';
import { claimDocument } from '../../../lib/page/run-once';
import {
  answerContentRequest,
  startPageSession,
  type PageSession,
} from '../../../lib/page/session';

// linkedom cannot mark figures (no splitText), so the pages here have none: what is tested is
// switching on and off, the page states without figures, and who gets an answer.
const URL_ = 'https://news.example/world/story';
const STORY = `<article><h1>Weather</h1><p>Sunny skies are expected all week across the region, forecasters said on Sunday.</p></article>`;
const FRONT = Array.from(
  { length: 6 },
  (_, i) => `<article><h2><a href="/s${i}">Headline number ${i} of the day</a></h2></article>`,
).join('');

function setup(body: string): { doc: Document; asked: CheckPageRequest[]; session: PageSession } {
  const { document, window } = parseHTML(
    `<!doctype html><html><head><title>Page title</title></head><body>${body}</body></html>`,
  );
  Object.defineProperty(window, 'location', { value: { href: URL_ }, configurable: true });
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  const doc = document as unknown as Document;
  const asked: CheckPageRequest[] = [];
  const session = startPageSession({
    doc,
    badges: new BadgeLayer(doc),
    href: () => URL_,
    check: async (request) => {
      asked.push(request);
      return [];
    },
  });
  return { doc, asked, session };
}

async function scanDone(doc: Document, runs: number): Promise<void> {
  await vi.waitFor(() => {
    expect(Number(doc.documentElement.getAttribute('data-figure-check-runs'))).toBe(runs);
  });
}

let session: PageSession | null = null;
beforeEach(() => {
  session = null;
});
afterEach(() => {
  session?.stop();
  vi.unstubAllGlobals();
});

describe('a page session', () => {
  it('does nothing on a site that is off, but still tells the popup so', async () => {
    const s = setup(STORY);
    session = s.session;
    s.session.configure({ enabled: false, badges: 'all' });
    expect(s.doc.documentElement.getAttribute('data-figure-check')).toBe('off');
    expect(s.session.summary()).toMatchObject({
      type: 'page-summary-result',
      state: 'off',
      figures: [],
      source: { url: URL_, outlet: 'news.example', title: 'Page title', publishedAt: null },
      pageUrl: URL_,
    });
    expect(s.doc.documentElement.hasAttribute('data-figure-check-runs')).toBe(false);
    expect(s.asked).toEqual([]);
    expect(s.session.reveal('1')).toBe(false);
  });

  it('scans once switched on: a story without figures asks the background nothing', async () => {
    const s = setup(STORY);
    session = s.session;
    s.session.configure({ enabled: false, badges: 'conflicts' });
    s.session.configure({ enabled: true, badges: 'conflicts' });
    await scanDone(s.doc, 1);
    expect(s.doc.documentElement.getAttribute('data-figure-check')).toBe('done');
    expect(s.session.summary()).toMatchObject({
      state: 'no-figures',
      badges: 'conflicts',
      source: { url: URL_ },
    });
    expect(s.asked).toEqual([]);
    // Switched off again: the popup hears "off" at once.
    s.session.configure({ enabled: false, badges: 'conflicts' });
    expect(s.session.summary().state).toBe('off');
    expect(s.doc.documentElement.getAttribute('data-figure-check')).toBe('off');
  });

  it('leaves a page that is no article alone and says why', async () => {
    const s = setup(FRONT);
    session = s.session;
    s.session.configure({ enabled: true, badges: 'all' });
    await scanDone(s.doc, 1);
    expect(s.session.summary().state).toBe('not-article');
    expect(s.doc.documentElement.getAttribute('data-figure-check-page')).toBe('not-article');
    expect(s.asked).toEqual([]);
  });

  it('scans again on request', async () => {
    const s = setup(STORY);
    session = s.session;
    s.session.configure({ enabled: true, badges: 'all' });
    await scanDone(s.doc, 1);
    s.session.rescan();
    await scanDone(s.doc, 2);
  });
});

describe('answerContentRequest', () => {
  it('answers only this extension, and only requests it knows', async () => {
    const s = setup(STORY);
    session = s.session;
    s.session.configure({ enabled: false, badges: 'all' });
    const own = 'abcdefghijklmnopabcdefghijklmnop';
    expect(answerContentRequest(s.session, { type: 'page-summary' }, 'other-id', own)).toBe(
      undefined,
    );
    expect(answerContentRequest(s.session, { type: 'page-summary' }, undefined, own)).toBe(
      undefined,
    );
    expect(answerContentRequest(s.session, { type: 'check-page' }, own, own)).toBe(undefined);
    expect(
      answerContentRequest(
        s.session,
        { type: 'reveal-figure', figureId: 'x'.repeat(65) },
        own,
        own,
      ),
    ).toBe(undefined);
    await expect(
      answerContentRequest(s.session, { type: 'page-summary' }, own, own),
    ).resolves.toMatchObject({ type: 'page-summary-result', state: 'off' });
    await expect(
      answerContentRequest(s.session, { type: 'reveal-figure', figureId: '1' }, own, own),
    ).resolves.toEqual({ type: 'figure-revealed', found: false });
  });
});

describe('claimDocument', () => {
  it('lets one live copy of the content script run per page', () => {
    const doc = parseHTML('<html><body></body></html>').document as unknown as Document;
    let firstAlive = true;
    expect(claimDocument(doc, () => firstAlive)).toBe(true);
    expect(claimDocument(doc, () => true)).toBe(false);
    // The first copy's extension was reloaded: the new copy takes over.
    firstAlive = false;
    expect(claimDocument(doc, () => true)).toBe(true);
    // A page attribute of the same name claims nothing.
    const other = parseHTML('<html __figureCheckContentScript="1"><body></body></html>')
      .document as unknown as Document;
    expect(claimDocument(other, () => true)).toBe(true);
  });
});
