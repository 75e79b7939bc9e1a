/**
 * The Team lists section of the options page as a user works it: add a list, read what an item
 * says, press Sync now or Remove, and hear what the page announces.
 *
 * @module
 */
import type { Locator, Page } from 'playwright-core';

/** The part of `chrome.runtime` the claim count needs. */
interface ChromeRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The page's record of what its live region said since {@link TeamListsPage.listen}. */
interface Heard {
  __fcHeard?: { said: string[]; observer: MutationObserver };
}

/** What one list item shows. */
export interface ListItemView {
  name: string;
  url: string;
  /** The number in "N claims". */
  claims: number;
  /** "Last synced just now", "Never synced". */
  lastSync: string;
  /** The warning lines ("Last sync failed: …"), in order. */
  warnings: string[];
  /** "Writable — you can share to this list" or "Read-only". */
  access: string;
}

/** The Team lists section of an open options page. */
export class TeamListsPage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('section[aria-labelledby="team-lists-heading"]');
  }

  /** The item of the list named `name`. */
  item(name: string): Locator {
    return this.section.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name, exact: true }),
    });
  }

  /** The names of the lists shown, in order. */
  names(): Promise<string[]> {
    return this.section.locator('li.team-list h3').allTextContents();
  }

  /** Waits for the first reading of the lists (the empty state or the items). */
  async ready(): Promise<void> {
    await this.section.locator('.empty-lists, .team-list-items').first().waitFor();
  }

  /** Fills the add form and presses Add; resolves to what the page announces of it. */
  async add(url: string, token: string | null = null): Promise<string> {
    await this.listen();
    await this.section.getByLabel('List URL').fill(url);
    await this.section.getByLabel('Token (optional)').fill(token ?? '');
    await this.section.getByRole('button', { name: 'Add', exact: true }).click();
    return this.announced(/^(Added |Could not add )/);
  }

  /** The add form's error, or null when it shows none. */
  async addError(): Promise<string | null> {
    const error = this.section.locator('#add-list-error');
    return (await error.count()) ? ((await error.textContent()) ?? '').trim() : null;
  }

  /** Reads what the item of `name` shows. */
  async view(name: string): Promise<ListItemView> {
    const item = this.item(name);
    const facts = await item.locator('.list-facts > li').allTextContents();
    const claims = /^([\d,]+) claims?$/.exec(facts[0] ?? '');
    if (!claims) throw new Error(`no claim count in ${JSON.stringify(facts)}`);
    return {
      name: (await item.locator('h3').textContent()) ?? '',
      url: (await item.locator('.list-url').textContent()) ?? '',
      claims: Number(claims[1]!.replace(/,/g, '')),
      // Found by its words: a list still being copied shows its progress line before it.
      lastSync: facts.find((f) => /^(Last synced|Never synced)/.test(f)) ?? '',
      warnings: (await item.locator('.list-warning').allTextContents()).map((t) =>
        t.replace(/^⚠\s*/, ''),
      ),
      access: facts.find((f) => f === 'Read-only' || f.startsWith('Writable')) ?? '',
    };
  }

  /** Presses Sync now on `name` and waits until the page announces the outcome; returns it. */
  async syncNow(name: string): Promise<string> {
    await this.listen();
    await this.item(name)
      .getByRole('button', { name: `Sync now ${name}` })
      .click();
    return this.announced(new RegExp(`^${escape(name)}(:| is up to date)`));
  }

  /** Removes `name` through its confirmation. */
  async remove(name: string): Promise<string> {
    await this.listen();
    await this.item(name)
      .getByRole('button', { name: `Remove… ${name}` })
      .click();
    const question = this.section.getByRole('group', {
      name: new RegExp(`^Remove ${escape(name)} `),
    });
    await question.getByRole('button', { name: 'Remove', exact: true }).click();
    await this.item(name).waitFor({ state: 'detached' });
    return this.announced(/^Removed /);
  }

  /**
   * Starts recording what the live region says, so {@link announced} finds the words of the
   * next action even when they repeat the last ones.
   */
  async listen(): Promise<void> {
    await this.page.evaluate(() => {
      const w = globalThis as unknown as Heard;
      w.__fcHeard?.observer.disconnect();
      const region = document.querySelector('p.status[role="status"]');
      if (!region) throw new Error('the options page has no live region');
      const said: string[] = [];
      const observer = new MutationObserver(() => {
        const text = (region.textContent ?? '').trim();
        if (text) said.push(text);
      });
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      w.__fcHeard = { said, observer };
    });
  }

  /** Waits until the live region has said something matching `pattern` since `listen`. */
  async announced(pattern: RegExp): Promise<string> {
    const found = await this.page.waitForFunction(
      ({ source, flags }) => {
        const re = new RegExp(source, flags);
        return (globalThis as unknown as Heard).__fcHeard?.said.find((t) => re.test(t)) ?? false;
      },
      { source: pattern.source, flags: pattern.flags },
      { timeout: 60_000 },
    );
    return (await found.jsonValue()) as string;
  }

  /** How many claims the extension stores in all, asked as the options page asks. */
  storedClaims(): Promise<number> {
    return this.page.evaluate(async () => {
      const { runtime } = (globalThis as unknown as { chrome: ChromeRuntime }).chrome;
      const answer = (await runtime.sendMessage({ type: 'count-claims', filter: {} })) as {
        total?: unknown;
      };
      if (typeof answer.total !== 'number') throw new Error(JSON.stringify(answer));
      return answer.total;
    });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
