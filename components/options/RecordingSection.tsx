import { useEffect, useState } from 'preact/hooks';
import { RETENTION_DAYS } from '../../lib/settings/settings';

export interface RecordingSectionProps {
  recordBrowsed: boolean;
  retentionDays: number;
  onRecord: (on: boolean) => void;
  onRetention: (days: number) => void;
}

/** The retention the user typed, or why it is not one. */
export function parseRetention(text: string): number | string {
  const days = Number(text.trim());
  if (
    text.trim() === '' ||
    !Number.isInteger(days) ||
    days < RETENTION_DAYS.min ||
    days > RETENTION_DAYS.max
  )
    return `Enter a whole number of days from ${RETENTION_DAYS.min} to ${RETENTION_DAYS.max}.`;
  return days;
}

/** "Recording": whether figures of pages read are kept, and for how long. */
export function RecordingSection(props: RecordingSectionProps) {
  const { recordBrowsed, retentionDays, onRecord, onRetention } = props;
  const [text, setText] = useState(String(retentionDays));
  const [problem, setProblem] = useState<string | null>(null);
  // Another page may change the stored value: show it unless the user is mid-correction.
  useEffect(() => {
    setText(String(retentionDays));
    setProblem(null);
  }, [retentionDays]);

  // The field's own value, not the state: a change can arrive before the last input rendered.
  const commit = (value: string): void => {
    setText(value);
    const parsed = parseRetention(value);
    if (typeof parsed === 'string') return setProblem(parsed);
    setProblem(null);
    if (parsed !== retentionDays) onRetention(parsed);
  };
  return (
    <section aria-labelledby="recording-heading">
      <h2 id="recording-heading">Recording</h2>
      <p>
        <label class="choice">
          <input
            type="checkbox"
            checked={recordBrowsed}
            aria-describedby="record-help"
            onChange={(e) => onRecord((e.currentTarget as HTMLInputElement).checked)}
          />
          Record the figures of pages you read
        </label>
      </p>
      <p id="record-help" class="muted">
        Recorded figures stay in this browser. Later articles are checked against them.
      </p>
      <p>
        <label for="retention">Keep figures from pages you read for</label>{' '}
        <input
          id="retention"
          type="number"
          min={RETENTION_DAYS.min}
          max={RETENTION_DAYS.max}
          step={1}
          value={text}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? 'retention-help retention-error' : 'retention-help'}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => commit((e.currentTarget as HTMLInputElement).value)}
        />{' '}
        days
      </p>
      <p id="retention-help" class="muted">
        Older ones are removed once a day. Imported and official figures are kept.
      </p>
      {problem ? (
        <p id="retention-error" class="error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
