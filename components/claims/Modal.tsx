import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

export interface ModalProps {
  open: boolean;
  title: string;
  /** Called when the dialog closes itself (Escape, the close button). */
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
  /** Keeps the content (and its state) while closed; otherwise it starts afresh each time. */
  keepMounted?: boolean;
  /** Where focus goes when what opened the dialog is gone (e.g. a deleted row's button). */
  fallbackFocus?: () => void;
}

/**
 * A modal native `<dialog>`: the browser keeps focus inside it and makes the page behind
 * inert; on closing, focus goes back to what had it before (when that is still on the page).
 * With `keepMounted`, work started in it (an import) keeps its state while it is closed.
 */
export function Modal(props: ModalProps) {
  const { open, title, onClose, children, wide, keepMounted } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const focused = dialog.ownerDocument.activeElement;
      returnTo.current = focused instanceof HTMLElement ? focused : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const onDialogClose = (): void => {
    const back = returnTo.current;
    returnTo.current = null;
    // The page behind a modal dialog is inert until it closes: only now can it take focus.
    if (back?.isConnected) back.focus();
    else props.fallbackFocus?.();
    if (open) onClose();
  };

  return (
    <dialog
      ref={ref}
      class={`modal${wide ? ' modal-wide' : ''}`}
      aria-labelledby={titleId}
      onClose={onDialogClose}
    >
      <div class="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="modal-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {open || keepMounted ? children : null}
    </dialog>
  );
}
