/**
 * A polite live region's text: every announcement is read out, even the same words twice.
 *
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Announce } from './options-env';

/** How long the region stays empty before new words, so repeating words are read again. */
const GAP_MS = 50;

/** The text to put in an `aria-live="polite"` region, and the function that changes it. */
export function useAnnouncer(): [string, Announce] {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((message: string) => {
    clearTimeout(timer.current);
    setText('');
    timer.current = setTimeout(() => setText(message), GAP_MS);
  }, []);
  return [text, announce];
}
