import { finishedWords } from '../../lib/claims-browser/list-copy';
import type { ListCopyState } from './use-list-copy';

/**
 * The notice above the table while a team list is still being copied into it, or once a copy
 * has finished: says so, and that pages are checked against the whole list already, and offers
 * to show the claims that arrived (the table does not reshuffle itself under the reader).
 * Progress is not a live region, as it changes every few seconds; a finished copy is announced.
 */
export function ListCopyNotice({ copy, onShow }: { copy: ListCopyState; onShow: () => void }) {
  const { copying, finished } = copy;
  const done = finished.length > 0 ? finishedWords(finished) : '';
  const show = (): void => {
    copy.acknowledge();
    onShow();
  };
  return (
    <>
      <p class="visually-hidden" aria-live="polite">
        {done}
      </p>
      {copying.length > 0 || done ? (
        <div class="list-copy">
          {copying.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {copying.length > 0 ? (
            <p class="list-copy-note">
              Pages are already checked against all of {copying.length === 1 ? 'its' : 'their'}{' '}
              claims.
            </p>
          ) : null}
          {done ? <p aria-hidden="true">{done}</p> : null}
          <button type="button" onClick={show}>
            {copying.length > 0 ? 'Show claims added so far' : 'Show them'}
          </button>
        </div>
      ) : null}
    </>
  );
}
