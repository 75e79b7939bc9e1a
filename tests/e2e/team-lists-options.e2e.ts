import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim } from '../server/helpers';
import { focusSeen, seriousViolations } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import {
  claimsListFile,
  startFaultServer,
  startListServer,
  type CreatedList,
  type FaultAnswer,
  type FaultServer,
  type ListServer,
} from './support/list-server';
import { openOptions, readStored, waitForStatus } from './support/options-page';
import { screenPath } from './support/seeds';
import { TeamListsPage } from './support/team-lists-page';
import { MAX_LIST_BYTES } from '../../lib/sync/pull';

/** What the options page says of a list over the size limit (150 MB). */
const TOO_LARGE = new RegExp(`^the list is larger than ${MAX_LIST_BYTES / 1_000_000} MB$`);

// The Team lists section against the real list server and a server that misbehaves on demand,
// in one profile and in this order: an empty section, a server list added with its read token,
// URLs that cannot be followed, a static list file whose syncs fail in every way a server can
// fail, a wrong token, the server gone, and removing a list with its claims. A failed sync must
// show why on the page and leave every stored claim as it was.

const FILE_PATH = '/team/claims.json';
const FILE_NAME = 'Field desk file';
const SERVER_NAME = 'Kyiv desk';
const THEMES = ['light', 'dark'] as const;

/** Axe in both themes on the section, with a screenshot of it as `<name>-<theme>.png`. */
async function checkThemes(page: Page, ui: TeamListsPage, name: string): Promise<void> {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    const found = await seriousViolations(page, ['section.team-lists']);
    expect(found, `${name} in the ${colorScheme} theme:\n${found.join('\n')}`).toEqual([]);
    await ui.section.screenshot({ path: screenPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('team lists on the options page', () => {
  let lists: ListServer;
  let faults: FaultServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let ui: TeamListsPage;
  let team: CreatedList;
  let fileUrl: string;

  beforeAll(async () => {
    [lists, faults, ext] = await Promise.all([
      startListServer(),
      startFaultServer(),
      launchWithExtension(),
    ]);
    team = await lists.createList(SERVER_NAME);
    await lists.postClaims(team, [claim(1), claim(2), claim(3)]);
    fileUrl = faults.answer(FILE_PATH, {
      kind: 'list',
      list: claimsListFile('field-desk', FILE_NAME, [claim(101), claim(102)]),
    });
    page = await openOptions(ext);
    ui = new TeamListsPage(page);
    await ui.ready();
  });

  afterAll(async () => {
    await ext?.close();
    await faults?.close();
    await lists?.close();
  });

  it('starts empty, saying how to add a list, and keeps the sync interval as a setting', async () => {
    expect(await ui.section.locator('.empty-lists').textContent()).toMatch(
      /^No team lists yet\. Add one by its URL: a list server’s https:\/\/…\/v1\/lists\/ID, or any claims-list JSON file\.$/,
    );
    const every = ui.section.getByLabel('Sync every');
    expect(await every.locator('option:checked').textContent()).toBe('30 minutes');
    expect(await every.locator('option').allTextContents()).toEqual([
      '5 minutes',
      '15 minutes',
      '30 minutes',
      '1 hour',
      '3 hours',
      '6 hours',
      '1 day',
    ]);
    await checkThemes(page, ui, 'team-lists-empty');
    await every.selectOption({ label: '1 hour' });
    await waitForStatus(page, 'Saved.');
    expect(await readStored(ext, 'settings')).toMatchObject({ syncMinutes: 60 });
  });

  it('adds a server list with its read token and shows its name, claims and last sync', async () => {
    expect(await ui.add(team.url, team.readToken)).toBe(`Added ${SERVER_NAME}: 3 claims.`);
    expect(await ui.view(SERVER_NAME)).toEqual({
      name: SERVER_NAME,
      url: team.url,
      claims: 3,
      lastSync: 'Last synced just now',
      warnings: [],
      access: 'Read-only',
    });
    await expect.poll(() => ui.storedClaims()).toBe(3);
    // The token is not left in the form; the exact sync time is in the time's title.
    expect(await ui.section.getByLabel('Token (optional)').inputValue()).toBe('');
    const when = ui.item(SERVER_NAME).locator('.list-facts time').first();
    expect(await when.getAttribute('title')).toMatch(/\d{4}/);
    expect(await ui.syncNow(SERVER_NAME)).toBe(`${SERVER_NAME} is up to date.`);
  });

  it('refuses a URL it cannot follow, keeps what was typed and adds nothing', async () => {
    for (const url of [
      'ftp://127.0.0.1/team/claims.json',
      'http://lists.example.org/v1/lists/a1',
    ]) {
      const said = await ui.add(url, 'secret-token');
      expect(said).toBe('Could not add the list: the URL must start with https://');
      expect(await ui.addError()).toBe(
        '⚠ Could not add the list: the URL must start with https://',
      );
      expect(await ui.section.getByLabel('List URL').inputValue()).toBe(url);
      expect(await ui.section.getByLabel('List URL').getAttribute('aria-invalid')).toBe('true');
      expect(await ui.names()).toEqual([SERVER_NAME]);
      await expect.poll(() => ui.storedClaims()).toBe(3);
    }
  });

  it('adds a static list file and syncs it', async () => {
    expect(await ui.add(fileUrl)).toBe(`Added ${FILE_NAME}: 2 claims.`);
    expect(await ui.addError()).toBeNull();
    expect(await ui.names()).toEqual([FILE_NAME, SERVER_NAME]);
    expect((await ui.view(FILE_NAME)).claims).toBe(2);
    await expect.poll(() => ui.storedClaims()).toBe(5);
  });

  const failures: [string, FaultAnswer, RegExp][] = [
    [
      'a 500 answer',
      { kind: 'status', status: 500, body: { error: 'database is down' } },
      /^server answered 500: database is down$/,
    ],
    [
      'a body that is not JSON',
      { kind: 'malformed' },
      /^the list is not JSON \(the file ends before the JSON is complete, line 1\)$/,
    ],
    [
      'a claims list with an invalid claim',
      {
        kind: 'list',
        list: claimsListFile('field-desk', FILE_NAME, [{ ...claim(103), id: 'nope' }]),
      },
      /^not a valid claims list: claims\.0\.id: /,
    ],
    ['a list over the limit, streamed', { kind: 'oversize' }, TOO_LARGE],
    ['a list declaring more than the limit', { kind: 'oversize', declare: true }, TOO_LARGE],
  ];

  it.each(failures)('shows %s on the list and keeps its claims', async (_, answer, why) => {
    faults.answer(FILE_PATH, answer);
    const said = await ui.syncNow(FILE_NAME);
    expect(said.replace(`${FILE_NAME}: sync failed: `, '')).toMatch(why);
    const view = await ui.view(FILE_NAME);
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0]!.replace('Last sync failed: ', '')).toMatch(why);
    expect(view.claims).toBe(2);
    await expect.poll(() => ui.storedClaims()).toBe(5);
  });

  it('clears the error once the file is good again', async () => {
    faults.answer(FILE_PATH, {
      kind: 'list',
      list: claimsListFile('field-desk', FILE_NAME, [claim(101), claim(102)]),
    });
    expect(await ui.syncNow(FILE_NAME)).toBe(`${FILE_NAME}: updated.`);
    expect((await ui.view(FILE_NAME)).warnings).toEqual([]);
    await expect.poll(() => ui.storedClaims()).toBe(5);
  });

  it('shows a wrong token as the server refuses it, keeping the claims, until the right one is given', async () => {
    expect(await ui.add(team.url, 'not-the-right-token')).toBe(
      `Added ${SERVER_NAME}, but its first sync failed: server answered 401: no such list, or the token is not valid for it`,
    );
    const view = await ui.view(SERVER_NAME);
    expect(view.warnings).toEqual([
      'Last sync failed: server answered 401: no such list, or the token is not valid for it',
    ]);
    expect(view.claims).toBe(3);
    await expect.poll(() => ui.storedClaims()).toBe(5);
    expect(await ui.add(team.url, team.readToken)).toBe(`Added ${SERVER_NAME}: 3 claims.`);
    expect((await ui.view(SERVER_NAME)).warnings).toEqual([]);
  });

  it('shows a server that is down, keeping the claims', async () => {
    await lists.close();
    expect(await ui.syncNow(SERVER_NAME)).toMatch(
      new RegExp(`^${SERVER_NAME}: sync failed: network error: `),
    );
    const view = await ui.view(SERVER_NAME);
    expect(view.warnings[0]).toMatch(/^Last sync failed: network error: /);
    expect(view.claims).toBe(3);
    await expect.poll(() => ui.storedClaims()).toBe(5);
  });

  it('is readable in both themes with a failing and a healthy list, and with a form error', async () => {
    await checkThemes(page, ui, 'team-lists');
    await ui.add('ftp://127.0.0.1/list.json');
    await checkThemes(page, ui, 'team-lists-add-error');
  });

  it('removes a list and its claims only after confirmation, then focuses the next list', async () => {
    // By keyboard: the question opens with the safe choice focused, and Cancel returns focus.
    await ui
      .item(FILE_NAME)
      .getByRole('button', { name: `Remove… ${FILE_NAME}` })
      .focus();
    await page.keyboard.press('Enter');
    const question = ui.section.getByRole('group', {
      name: /^Remove Field desk file and its 2 claims\? /,
    });
    expect(await question.textContent()).toContain(
      'Claims another list or your own reading also holds stay.',
    );
    await expect.poll(async () => (await focusSeen(page))?.what).toBe('button "Cancel"');
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    await expect
      .poll(() => focusSeen(page))
      .toMatchObject({ what: `button "Remove… ${FILE_NAME}"`, onScreen: true, ringed: true });
    expect(await ui.names()).toEqual([FILE_NAME, SERVER_NAME]);
    await expect.poll(() => ui.storedClaims()).toBe(5);

    expect(await ui.remove(FILE_NAME)).toBe(`Removed ${FILE_NAME} (2 claims deleted).`);
    expect(await ui.names()).toEqual([SERVER_NAME]);
    await expect.poll(() => ui.storedClaims()).toBe(3);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(SERVER_NAME);

    expect(await ui.remove(SERVER_NAME)).toBe(`Removed ${SERVER_NAME} (3 claims deleted).`);
    await expect.poll(() => ui.storedClaims()).toBe(0);
    await ui.section.locator('.empty-lists').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Team lists');
  });
});
