import { useEffect, useState } from 'preact/hooks';
import { parseDay } from '../../lib/claims-browser/day-text';
import { dateWords } from '../format';

export interface DayFieldProps {
  id: string;
  label: string;
  /** The day, `YYYY-MM-DD`, or none. */
  value: string | undefined;
  /** A new day, or undefined when the field is cleared; not called for text that is no day. */
  onCommit: (day: string | undefined) => void;
}

/**
 * A date filter written the way the table writes dates ("11 Mar 2025"). It takes that, the
 * month spelled out, or `YYYY-MM-DD`, on Enter or on leaving the field, and shows the day back in
 * the table's form; text that is no day is said to be so, and the filter stays as it was.
 */
export function DayField({ id, label, value, onCommit }: DayFieldProps) {
  const [text, setText] = useState(dateWords(value ?? null) ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(dateWords(value ?? null) ?? '');
    setInvalid(false);
  }, [value]);

  const commit = (): void => {
    const typed = text.trim();
    const day = typed === '' ? undefined : parseDay(typed);
    if (day === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText(dateWords(day ?? null) ?? '');
    if (day !== value) onCommit(day);
  };
  const error = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        class="day"
        value={text}
        placeholder="e.g. 11 Mar 2025"
        autoComplete="off"
        spellcheck={false}
        aria-invalid={invalid}
        aria-describedby={invalid ? error : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {invalid ? (
        <span id={error} class="field-error" role="alert">
          Write a day like 11 Mar 2025
        </span>
      ) : null}
    </div>
  );
}
