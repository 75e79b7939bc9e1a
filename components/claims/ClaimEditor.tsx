import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { CORE_METRICS, QualifierSchema } from '../../lib/claims/mention';
import {
  boundsFor,
  editorChanges,
  editorForm,
  type EditorError,
  type EditorField,
  type EditorForm,
} from '../../lib/claims-browser/claim-editor';
import type { ClaimChanges } from '../../lib/messages/protocol';
import { metricWords } from '../metric-words';

export interface ClaimEditorProps {
  claim: Claim;
  /** Sends the changes (`update-claim`); rejects with the background's error. */
  save: (changes: ClaimChanges) => Promise<Claim>;
  onSaved: (claim: Claim) => void;
  onCancel: () => void;
}

const QUALIFIER_WORDS: Readonly<Record<EditorForm['qualifier'], string>> = {
  exact: 'exactly',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'up to',
  'less-than': 'fewer than',
  about: 'about',
  range: 'range',
};

/**
 * The edit form of a claim's correctable fields. Checked with the protocol's schema before
 * anything is sent; the background's refusal is shown as it says it.
 */
export function ClaimEditor({ claim, save, onSaved, onCancel }: ClaimEditorProps) {
  const id = useId();
  const [form, setForm] = useState<EditorForm>(() => editorForm(claim));
  const [errors, setErrors] = useState<EditorError[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const metrics = CORE_METRICS.includes(form.metric as (typeof CORE_METRICS)[number])
    ? CORE_METRICS
    : [form.metric, ...CORE_METRICS];

  const update = <K extends EditorField>(key: K, value: EditorForm[K]): void =>
    setForm((f) => ({ ...f, [key]: value }));
  const errorOf = (field: EditorField): string | undefined =>
    errors.find((e) => e.field === field)?.message;

  /** A labelled control with its error, tied together for screen readers. */
  const row = (field: EditorField, label: string, control: (a: object) => ComponentChildren) => {
    const error = errorOf(field);
    const controlId = `${id}-${field}`;
    return (
      <div class="field">
        <label for={controlId}>{label}</label>
        {control({
          id: controlId,
          'aria-invalid': error ? 'true' : undefined,
          'aria-describedby': error ? `${controlId}-error` : undefined,
        })}
        {error ? (
          <span id={`${controlId}-error`} class="field-error">
            {error}
          </span>
        ) : null}
      </div>
    );
  };
  const text =
    (
      field: 'n' | 'min' | 'max' | 'date' | 'placeName' | 'placeCode' | 'attributedTo',
      extra: object = {},
    ) =>
    (a: object) => (
      <input
        {...a}
        {...extra}
        value={form[field]}
        onInput={(e) => update(field, e.currentTarget.value)}
      />
    );

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const result = editorChanges(form, claim);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('Please correct the marked fields.');
      return;
    }
    setErrors([]);
    if (Object.keys(result.changes).length === 0) {
      setStatus('Nothing changed.');
      return;
    }
    setBusy(true);
    setStatus('Saving…');
    try {
      onSaved(await save(result.changes));
    } catch (e) {
      setStatus(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const fillBounds = (): void => {
    const bounds = boundsFor(form.qualifier, form.n, form.max);
    if (bounds) setForm((f) => ({ ...f, ...bounds }));
    else setStatus('Enter the number (and a range’s upper end) first.');
  };

  return (
    <form class="editor" onSubmit={submit} noValidate>
      <p class="quote">{claim.quote || claim.text}</p>
      <div class="editor-grid">
        {row('metric', 'Metric', (a) => (
          <select
            {...a}
            value={form.metric}
            onChange={(e) => update('metric', e.currentTarget.value)}
          >
            {metrics.map((m) => (
              <option key={m} value={m}>
                {metricWords(m)} ({m})
              </option>
            ))}
          </select>
        ))}
        {row('qualifier', 'Qualifier', (a) => (
          <select
            {...a}
            value={form.qualifier}
            onChange={(e) => {
              const q = QualifierSchema.safeParse(e.currentTarget.value);
              if (q.success) update('qualifier', q.data);
            }}
          >
            {QualifierSchema.options.map((q) => (
              <option key={q} value={q}>
                {QUALIFIER_WORDS[q]}
              </option>
            ))}
          </select>
        ))}
        {row('n', 'Number as written', text('n', { inputMode: 'numeric' }))}
        {row('min', 'Lowest (blank: no lower bound)', text('min', { inputMode: 'numeric' }))}
        {row('max', 'Highest (blank: no upper bound)', text('max', { inputMode: 'numeric' }))}
        <div class="field field-action">
          <button type="button" onClick={fillBounds}>
            Set bounds from qualifier
          </button>
        </div>
        {row('date', 'Event date', text('date', { type: 'date' }))}
        {row('placeName', 'Place name (blank: no place)', text('placeName', { maxLength: 200 }))}
        {row('placeCode', 'Place code (e.g. RU-MOS)', text('placeCode', { maxLength: 16 }))}
        {row('placeLevel', 'Place level', (a) => (
          <select
            {...a}
            value={form.placeLevel}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (v === 'country' || v === 'region' || v === 'city' || v === 'sea')
                update('placeLevel', v);
            }}
          >
            <option value="country">country</option>
            <option value="region">region</option>
            <option value="city">city</option>
            <option value="sea">sea</option>
          </select>
        ))}
        {row('attacker', 'Attacker', (a) => (
          <select
            {...a}
            value={form.attacker}
            onChange={(e) => {
              const v = e.currentTarget.value;
              update('attacker', v === 'RU' || v === 'UA' ? v : '');
            }}
          >
            <option value="">Not stated</option>
            <option value="RU">Russia (RU)</option>
            <option value="UA">Ukraine (UA)</option>
          </select>
        ))}
        {row('group', 'Group (people only)', (a) => (
          <select
            {...a}
            value={form.group}
            onChange={(e) => {
              const v = e.currentTarget.value;
              update('group', v === 'civilians' || v === 'children' || v === 'military' ? v : '');
            }}
          >
            <option value="">None</option>
            <option value="civilians">civilians</option>
            <option value="children">children</option>
            <option value="military">military</option>
          </select>
        ))}
        {row('attributedTo', 'Said by', text('attributedTo', { maxLength: 200 }))}
      </div>
      <p class="status" role="status">
        {status}
      </p>
      <div class="button-row">
        <button type="submit" class="primary" disabled={busy}>
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
