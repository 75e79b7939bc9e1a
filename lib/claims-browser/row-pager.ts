/**
 * Rows of the claims table fetched on demand: the table asks for the rows it shows, the pager
 * fetches the pages that hold them (a few at a time, the latest wanted first), keeps recent
 * pages in an LRU and drops answers that arrive for a view the user has already left.
 *
 * @module
 */
import type { Claim, Verdict } from '../claims/claim';
import { LruCache } from '../claims/lru-cache';
import { viewKey, type ViewState } from './url-state';

/** A claim as the table lists it: with its verdict against the other sources, when known. */
export type ListedClaim = Claim & { verdict?: Verdict };

/** One answer of `query-claims`. */
export interface ClaimsPage {
  rows: readonly ListedClaim[];
  /** Whether rows after these exist. */
  more: boolean;
}

/** Fetches `limit` rows of a view from `offset` (`query-claims`). */
export type FetchPage = (view: ViewState, offset: number, limit: number) => Promise<ClaimsPage>;

/** Fetches the verdicts of claims by id (`claim-verdicts`). */
export type FetchVerdicts = (ids: readonly string[]) => Promise<ReadonlyMap<string, Verdict>>;

export interface RowPagerOptions {
  /** Rows per request. */
  pageSize?: number;
  /** Pages kept in memory, across views. */
  capacity?: number;
  /** Requests under way at once; while scrolling fast, pages passed over are never fetched. */
  maxInFlight?: number;
  /** Called whenever rows, counts or the error change. */
  onChange: () => void;
  /**
   * Fetches the verdicts of a page's rows once the page is in: they are worked out against
   * every other source, so the rows are shown first and their verdicts follow.
   */
  fetchVerdicts?: FetchVerdicts;
}

/** The pages of the current view, fetched on demand. Create one per table. */
export class RowPager {
  readonly pageSize: number;
  readonly #maxInFlight: number;
  readonly #onChange: () => void;
  readonly #fetch: FetchPage;
  readonly #fetchVerdicts: FetchVerdicts | undefined;
  readonly #cache: LruCache<string, ClaimsPage>;
  #view: ViewState | null = null;
  #key = '';
  /** Bumped when the view or the data changes; answers of an older generation are dropped. */
  #generation = 0;
  #inFlight = new Set<number>();
  #wanted: number[] = [];
  #end: number | null = null;
  #seen = 0;
  #estimate = 0;
  #answered = false;
  #error: string | null = null;
  /** Pages whose rows still want their verdicts, the newest first; one request at a time. */
  #verdictQueue: string[] = [];
  /** The page whose verdicts are being asked for, if any. */
  #verdictPage: string | null = null;
  /** Pages whose verdicts have been asked for and answered (or failed: the column says "—"). */
  #verdictsDone = new WeakSet<ClaimsPage>();
  /** The first row the table last asked for: verdicts are fetched for pages near it only. */
  #lastFirst = 0;

  constructor(fetch: FetchPage, options: RowPagerOptions) {
    this.#fetch = fetch;
    this.#fetchVerdicts = options.fetchVerdicts;
    this.pageSize = options.pageSize ?? 200;
    this.#maxInFlight = options.maxInFlight ?? 2;
    this.#onChange = options.onChange;
    this.#cache = new LruCache(options.capacity ?? 50);
  }

  /** Shows another view; pages of earlier views stay cached, requests for them are ignored. */
  setView(view: ViewState): void {
    const key = viewKey(view.filter, view.sort);
    if (this.#view && key === this.#key) return;
    this.#view = view;
    this.#key = key;
    this.#restart();
  }

  /** Forgets every page (the data changed: an edit, delete or import) and fetches again. */
  refresh(): void {
    this.#cache.clear();
    this.#restart();
  }

  /** Tries again after a failed request. */
  retry(): void {
    this.#error = null;
    this.#pump();
    this.#onChange();
  }

  /** Asks for rows `first` (inclusive) to `last` (exclusive); pages not held are fetched. */
  ensure(first: number, last: number): void {
    if (!this.#view) return;
    this.#lastFirst = first;
    const wanted: number[] = [];
    let learnt = false;
    const start = Math.max(0, Math.floor(first / this.pageSize) * this.pageSize);
    for (let offset = start; offset < Math.max(last, first + 1); offset += this.pageSize) {
      const key = this.#pageKey(offset);
      const page = this.#cache.get(key);
      if (!page) {
        wanted.push(offset);
        continue;
      }
      learnt = this.#learn(offset, page) || learnt;
      // Held but without verdicts: passed over while scrolling, or asked for in another view.
      if (!this.#verdictsDone.has(page) && this.#verdictPage !== key) this.#addVerdicts(key, page);
    }
    this.#wanted = wanted;
    this.#pump();
    if (learnt) this.#onChange();
  }

  /** Row `index` of the current view, or undefined while its page is not loaded. */
  row(index: number): ListedClaim | undefined {
    if (index < 0) return undefined;
    const offset = Math.floor(index / this.pageSize) * this.pageSize;
    const page = this.#cache.get(this.#pageKey(offset));
    return page?.rows[index - offset];
  }

  /**
   * How many rows the table should be tall: exact once the last page has been seen, else the
   * server's count (`count-claims`, may be null while counting), else an estimate that grows
   * as pages arrive.
   */
  rowCount(serverCount: number | null): number {
    if (this.#end !== null) return this.#end;
    if (serverCount !== null) return Math.max(serverCount, this.#seen);
    return this.#estimate;
  }

  /** Whether any page of the current view has been answered (or found in the cache). */
  get answered(): boolean {
    return this.#answered;
  }

  /** Whether requests are under way. */
  get loading(): boolean {
    return this.#inFlight.size > 0;
  }

  /** The last request's error text, until `retry()`. */
  get error(): string | null {
    return this.#error;
  }

  #pageKey(offset: number): string {
    return `${this.#key}#${offset}`;
  }

  #restart(): void {
    this.#generation++;
    this.#inFlight = new Set();
    this.#wanted = [];
    this.#end = null;
    this.#seen = 0;
    this.#estimate = 0;
    this.#answered = false;
    this.#error = null;
    this.#onChange();
  }

  /** Updates what is known of the view's length from one page; true if anything changed. */
  #learn(offset: number, page: ClaimsPage): boolean {
    const before = [this.#answered, this.#seen, this.#estimate, this.#end].join();
    this.#answered = true;
    const reach = offset + page.rows.length;
    this.#seen = Math.max(this.#seen, reach);
    this.#estimate = Math.max(this.#estimate, reach + (page.more ? this.pageSize : 0));
    if (!page.more) this.#end = reach;
    return before !== [this.#answered, this.#seen, this.#estimate, this.#end].join();
  }

  /**
   * Queues the verdicts of `page`'s rows, the newest page first, one request at a time: each is
   * costly for the background, and pages scrolled past before their turn are not asked for.
   */
  #addVerdicts(key: string, page: ClaimsPage): void {
    if (!this.#fetchVerdicts || page.rows.length === 0) return;
    this.#verdictQueue = [key, ...this.#verdictQueue.filter((k) => k !== key)];
    this.#pumpVerdicts();
  }

  #pumpVerdicts(): void {
    const fetch = this.#fetchVerdicts;
    if (!fetch || this.#verdictPage !== null) return;
    const key = this.#verdictQueue.shift();
    if (key === undefined) return;
    const page = this.#cache.get(key);
    // Scrolled far past or left: asked for again when `ensure` shows it again.
    if (!page || !this.#wantedNow(key)) return this.#pumpVerdicts();
    const generation = this.#generation;
    this.#verdictPage = key;
    const done = (): void => {
      this.#verdictPage = null;
      this.#pumpVerdicts();
    };
    fetch(page.rows.map((r) => r.id)).then(
      (verdicts) => {
        // Another view, new data, or the page left the cache: these verdicts are for nothing shown.
        if (generation === this.#generation && this.#cache.get(key) === page) {
          const rows = page.rows.map((r) => {
            const verdict = verdicts.get(r.id);
            return verdict ? { ...r, verdict } : r;
          });
          const withVerdicts = { ...page, rows };
          this.#verdictsDone.add(withVerdicts);
          this.#cache.set(key, withVerdicts);
          this.#onChange();
        }
        done();
      },
      () => {
        // The column then says "—"; the rows themselves are fine.
        this.#verdictsDone.add(page);
        done();
      },
    );
  }

  /** Whether page `key` is of the current view and near what the table last asked for. */
  #wantedNow(key: string): boolean {
    if (!key.startsWith(`${this.#key}#`)) return false;
    const offset = Number(key.slice(this.#key.length + 1));
    return Math.abs(offset - this.#lastFirst) <= this.pageSize * 2;
  }

  #pump(): void {
    const view = this.#view;
    if (!view || this.#error !== null) return;
    for (const offset of this.#wanted) {
      if (this.#inFlight.size >= this.#maxInFlight) break;
      if (this.#inFlight.has(offset) || this.#cache.has(this.#pageKey(offset))) continue;
      this.#start(view, offset);
    }
  }

  #start(view: ViewState, offset: number): void {
    const generation = this.#generation;
    const key = this.#pageKey(offset);
    this.#inFlight.add(offset);
    this.#fetch(view, offset, this.pageSize).then(
      (page) => {
        if (generation !== this.#generation) return;
        this.#inFlight.delete(offset);
        this.#cache.set(key, page);
        this.#learn(offset, page);
        this.#wanted = this.#wanted.filter((o) => o !== offset);
        this.#pump();
        this.#onChange();
        this.#addVerdicts(key, page);
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.#inFlight.delete(offset);
        this.#error = error instanceof Error ? error.message : String(error);
        this.#onChange();
      },
    );
  }
}
