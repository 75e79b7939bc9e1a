import { useEffect, useRef, useState } from 'preact/hooks';
import { CommitEchoes } from '../../lib/claims-browser/commit-echoes';

/** Typing settles for this long before the view follows. */
export const TYPING_DELAY_MS = 250;

export interface DebouncedInputProps {
  id: string;
  value: string;
  /** Called once typing pauses, or at once on Enter. */
  onCommit: (value: string) => void;
  type?: 'search' | 'text';
  list?: string;
  placeholder?: string;
  maxLength?: number;
}

/**
 * A text input that reports its value once typing pauses, so each keystroke does not query a
 * database of 100,000 claims. A value changed from outside (Clear filters, Back) replaces what
 * is typed; its own reports coming back late do not (see {@link CommitEchoes}).
 */
export function DebouncedInput(props: DebouncedInputProps) {
  const [text, setText] = useState(props.value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const echoes = useRef<CommitEchoes | null>(null);
  echoes.current ??= new CommitEchoes(props.value);

  useEffect(() => {
    if (echoes.current!.arrived(props.value)) {
      clearTimeout(timer.current);
      setText(props.value);
    }
  }, [props.value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string): void => {
    clearTimeout(timer.current);
    if (echoes.current!.commit(value)) props.onCommit(value);
  };

  return (
    <input
      id={props.id}
      type={props.type ?? 'text'}
      value={text}
      list={props.list}
      placeholder={props.placeholder}
      maxLength={props.maxLength}
      autocomplete="off"
      onInput={(event) => {
        const value = event.currentTarget.value;
        setText(value);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(value), TYPING_DELAY_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget.value);
      }}
    />
  );
}
