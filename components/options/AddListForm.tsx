import { useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messages/client';
import { failureText, type Announce, type OptionsEnv } from './options-env';
import { claimsWords } from './team-list-words';

export interface AddListFormProps {
  env: OptionsEnv;
  announce: Announce;
  /** Called after every attempt, so the lists shown include the new one (or its error). */
  onDone: () => Promise<unknown>;
}

/**
 * Follows a list by its URL and optional token. The background adds and syncs it at once; a URL
 * it refuses is shown next to the form with what was typed kept, so it can be corrected.
 */
export function AddListForm({ env, announce, onDone }: AddListFormProps) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const tokenField = useRef<HTMLInputElement>(null);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    // The fields' own values, not the state: a submit can come before the last input rendered.
    const typedUrl = (urlField.current?.value ?? url).trim();
    const typedToken = (tokenField.current?.value ?? token).trim();
    if (typedUrl === '') {
      setProblem('Enter the list’s URL.');
      return;
    }
    setBusy(true);
    setProblem(null);
    let outcome: string;
    try {
      const answer = await send(
        env.send,
        { type: 'add-list', url: typedUrl, token: typedToken || null },
        {
          // Adding syncs at once; a slow list server gets the sync's own time limit, not 15 s.
          timeoutMs: 60_000,
        },
      );
      const { list, sync } = answer;
      setUrl('');
      setToken('');
      outcome =
        sync.status === 'failed'
          ? `Added ${list.name}, but its first sync failed: ${sync.error ?? 'unknown error'}`
          : `Added ${list.name}: ${claimsWords(list.claimCount)}.`;
    } catch (err) {
      outcome = `Could not add the list: ${failureText(err)}`;
      setProblem(outcome);
    }
    // Said once the lists are read again: what is announced is then on the screen too. The form
    // stays busy until then, so it is not sent twice before its outcome is said.
    try {
      await onDone();
    } finally {
      announce(outcome);
      setBusy(false);
    }
  };

  const described = problem ? 'list-url-help add-list-error' : 'list-url-help';
  return (
    <form
      class="add-list panel"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="add-list-title"
    >
      <h3 id="add-list-title">Add a team list</h3>
      <p class="field">
        <label for="list-url">List URL</label>
        <input
          id="list-url"
          ref={urlField}
          type="url"
          aria-required="true"
          spellcheck={false}
          autocomplete="off"
          placeholder="https://lists.example.org/v1/lists/…"
          value={url}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={described}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
        />
        <span id="list-url-help" class="muted hint">
          A list server’s address, or any claims-list JSON file.
        </span>
      </p>
      <p class="field">
        <label for="list-token">Token (optional)</label>
        <input
          id="list-token"
          ref={tokenField}
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={token}
          aria-describedby="list-token-help"
          onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)}
        />
        <span id="list-token-help" class="muted hint">
          The read or write token; a write token lets you share figures.
        </span>
      </p>
      <p class="button-row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Adding and syncing…' : 'Add'}
        </button>
      </p>
      {problem ? (
        <p id="add-list-error" class="error alert-line" role="alert">
          <span aria-hidden="true" class="icon">
            ⚠
          </span>{' '}
          {problem}
        </p>
      ) : null}
    </form>
  );
}
