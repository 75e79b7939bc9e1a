/**
 * Sends good claims to the background in batches, one batch at a time, and keeps the tally of
 * what was stored and what was rejected.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { MAX_IMPORT_BATCH } from '../messages/protocol';

/** What the background did with one batch (the `claims-imported` answer). */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What imported claims are stored as. */
export type ImportOrigin = 'imported' | 'official';

/** A row or element that was not imported, and why. */
export interface RejectedRow {
  /** 1-based line of the file where the row or element starts. */
  line: number;
  /** For a JSON file, the 1-based place of the claim in its claims array. */
  element?: number;
  message: string;
}

/** Delivers one batch (≤ MAX_IMPORT_BATCH claims) to the background and returns its answer. */
export type SendBatch = (batch: Claim[], origin: ImportOrigin) => Promise<ImportCounts>;

/** Only this many rejection messages are kept; the count goes on. */
export const MAX_REJECTED_MESSAGES = 1000;

/** Lets the page paint and take input between batches. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Throws the abort reason once the user has cancelled. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error
      ? signal.reason
      : new DOMException('The import was cancelled.', 'AbortError');
  }
}

/** Collects claims per origin and sends each full batch, awaiting the answer before going on. */
export class BatchSender {
  readonly counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  readonly rejected: RejectedRow[] = [];
  rejectedCount = 0;
  /** Claims accepted (sent or waiting to be sent). */
  accepted = 0;
  private readonly pending: Record<ImportOrigin, Claim[]> = { imported: [], official: [] };

  constructor(
    private readonly send: SendBatch,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Queues a claim; sends the batch once it is full. */
  async add(claim: Claim, origin: ImportOrigin): Promise<void> {
    this.accepted++;
    const batch = this.pending[origin];
    batch.push(claim);
    if (batch.length >= MAX_IMPORT_BATCH) await this.flush(origin);
  }

  /** Records a row (or, given `element`, a JSON file's claim) that was not imported. */
  reject(line: number, message: string, element?: number): void {
    this.rejectedCount++;
    if (this.rejected.length < MAX_REJECTED_MESSAGES)
      this.rejected.push(element === undefined ? { line, message } : { line, element, message });
  }

  /** Sends whatever is still queued. */
  async finish(): Promise<void> {
    await this.flush('imported');
    await this.flush('official');
  }

  private async flush(origin: ImportOrigin): Promise<void> {
    const batch = this.pending[origin];
    if (batch.length === 0) return;
    this.pending[origin] = [];
    checkAborted(this.signal);
    const got = await this.send(batch, origin);
    this.counts.added += got.added;
    this.counts.updated += got.updated;
    this.counts.unchanged += got.unchanged;
    await nextTask();
  }
}
