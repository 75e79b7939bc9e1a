import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messages/client';
import { failureText, type Announce, type OptionsEnv } from './options-env';

export interface DataSectionProps {
  env: OptionsEnv;
  announce: Announce;
}

/** "N claims" in words. */
function claims(n: number): string {
  return `${n} ${n === 1 ? 'claim' : 'claims'}`;
}

interface ClearConfirmProps {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The explicit second step before everything is deleted; Cancel takes focus, the safe choice. */
function ClearConfirm({ busy, onConfirm, onCancel }: ClearConfirmProps) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelButton.current?.focus(), []);
  return (
    <div id="clear-confirm" class="panel" role="group" aria-labelledby="clear-question">
      <p id="clear-question">
        Delete every stored claim: the figures recorded from pages you read, imported and official
        ones? This cannot be undone. Your settings stay, and so do the team lists you follow: their
        claims come back at their next sync.
      </p>
      <p class="button-row">
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          Yes, delete all claims
        </button>{' '}
        <button type="button" ref={cancelButton} disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}

/** "Data": the claims browser, and deleting every stored claim after an explicit confirmation. */
export function DataSection({ env, announce }: DataSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  const open = (): void => {
    env.openClaimsBrowser().catch((e: unknown) => announce(`Could not open: ${failureText(e)}`));
  };
  const wasConfirming = useRef(false);
  // Focus returns to the button that opened the confirmation once it closes (and is enabled).
  useEffect(() => {
    if (wasConfirming.current && !confirming && !busy) clearButton.current?.focus();
    wasConfirming.current = confirming || busy;
  }, [confirming, busy]);
  const cancel = (): void => setConfirming(false);
  const clear = async (): Promise<void> => {
    setBusy(true);
    try {
      const answer = await send(env.send, { type: 'clear-data', confirm: true });
      const text = `Deleted ${claims(answer.deleted)}.`;
      setOutcome({ ok: true, text });
      announce(text);
    } catch (e) {
      const text = `Nothing was deleted: ${failureText(e)}`;
      setOutcome({ ok: false, text });
      announce(text);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <p>
        <button type="button" onClick={open}>
          Open the claims browser
        </button>
      </p>
      <p>
        <button
          type="button"
          class="danger"
          ref={clearButton}
          aria-expanded={confirming}
          aria-controls="clear-confirm"
          disabled={busy}
          onClick={() => (setOutcome(null), setConfirming(true))}
        >
          Clear all data…
        </button>
      </p>
      {confirming ? (
        <ClearConfirm busy={busy} onConfirm={() => void clear()} onCancel={cancel} />
      ) : null}
      {outcome ? <p class={outcome.ok ? 'ok' : 'error'}>{outcome.text}</p> : null}
    </section>
  );
}
