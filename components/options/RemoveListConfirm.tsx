import { useEffect, useRef } from 'preact/hooks';
import type { ListStatusView } from '../../lib/messages/list-protocol';
import { claimsWords } from './team-list-words';

export interface RemoveListConfirmProps {
  list: ListStatusView;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second step before a list and its claims go; Cancel takes focus, the safe choice. */
export function RemoveListConfirm({ list, busy, onConfirm, onCancel }: RemoveListConfirmProps) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelButton.current?.focus(), []);
  const question = `remove-question-${list.id}`;
  return (
    <div
      id={`remove-confirm-${list.id}`}
      class="remove-confirm"
      role="group"
      aria-labelledby={question}
    >
      <p id={question}>
        Remove {list.name} and its {claimsWords(list.claimCount)}? Claims another list or your own
        reading also holds stay.
      </p>
      <p class="button-row">
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          Remove
        </button>{' '}
        <button type="button" ref={cancelButton} disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
