import { useState } from 'preact/hooks';
import { claimsWords } from '../../lib/claims-browser/count-line';

export interface DeleteConfirmProps {
  ids: readonly string[];
  /** Up to a few descriptions of what is deleted, to show the user. */
  summaries: readonly string[];
  /** Sends `delete-claims`; resolves to how many were deleted. */
  remove: (ids: readonly string[]) => Promise<number>;
  onDeleted: (count: number) => void;
  onCancel: () => void;
}

/** Asks before deleting, says what deleting a figure read from a page means, then deletes. */
export function DeleteConfirm({ ids, summaries, remove, onDeleted, onCancel }: DeleteConfirmProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onDeleted(await remove(ids));
    } catch (e) {
      setError(`Not deleted: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const hidden = ids.length - summaries.length;
  return (
    <div class="delete-confirm">
      <p>Delete {claimsWords(ids.length)}? This cannot be undone.</p>
      {summaries.length > 0 ? (
        <ul class="compact-list">
          {summaries.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
          {hidden > 0 ? <li>and {claimsWords(hidden)} more</li> : null}
        </ul>
      ) : null}
      <p class="muted">
        A figure recorded from a page you read will not be recorded again when you revisit that
        page, so deleting is also how you tell Figure Check that a figure was misread.
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="button-row">
        <button type="button" class="danger" disabled={busy} onClick={confirm}>
          {busy ? 'Deleting…' : `Delete ${claimsWords(ids.length)}`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
