import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FigureCheck } from '../lib/claims/claim';
import { formatValue } from '../lib/claims/interval';
import type { Mention } from '../lib/claims/mention';
import { placeCard, type Box, type Placement } from './card-position';
import { dateWords } from './format';
import { isExactlyOne, metricWords } from './metric-words';
import { ExplainedList, PartsList, TollTimeline } from './ExplainedList';
import { SourceList } from './SourceList';
import { VERDICT_LOOK, officialRecordLine, verdictSentence } from './verdict-words';

/** What the card shows and where it hangs. */
export interface SourceCardProps {
  /** The figure as this page states it. */
  mention: Mention;
  check: FigureCheck;
  /** When this page was published, to place its count in a toll's timeline. */
  publishedAt?: string | null;
  /** The badge's current box in viewport coordinates; read again on scroll and resize. */
  anchor: () => Box;
  /** Asks the owner to close the card (the close button). */
  onClose: () => void;
}

/**
 * The sources behind a badge: the figure as this page states it, then every other source for
 * the same event, grouped by originator. A non-modal dialog in a `position: fixed` layer, kept
 * inside the viewport. Takes focus when it opens so keyboard users land in it.
 */
export function SourceCard({
  mention,
  check,
  publishedAt = null,
  anchor,
  onClose,
}: SourceCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [place, setPlace] = useState<Placement | null>(null);

  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const update = (): void => {
      const { width, height } = card.getBoundingClientRect();
      const view = card.ownerDocument.documentElement;
      const viewport = {
        width: view.clientWidth || window.innerWidth,
        height: view.clientHeight || window.innerHeight,
      };
      setPlace(placeCard(anchor(), { width, height }, viewport));
    };
    update();
    // Capture: scrolls of any scrolling box, not only the window, move the badge.
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update, { passive: true });
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [anchor, check]);

  // Once shown: a `visibility: hidden` element cannot take focus. A layout effect, so focus moves
  // in the same task the card is shown in: no moment has the card visible and focus elsewhere.
  const shown = place !== null;
  useLayoutEffect(() => {
    if (shown) ref.current?.focus({ preventScroll: true });
  }, [shown]);

  const look = VERDICT_LOOK[check.verdict];
  const reading = formatValue(mention.value);
  const official = officialRecordLine(check);
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-verdict={check.verdict}
      // Measured first while hidden, then shown where it fits.
      style={
        place
          ? { top: `${place.top}px`, left: `${place.left}px` }
          : { top: '0px', left: '0px', visibility: 'hidden' }
      }
    >
      <div class="head">
        <span class={`verdict v-${check.verdict}`}>
          {look.icon ? <span aria-hidden="true">{look.icon} </span> : null}
          {look.name}
        </span>
        <button
          type="button"
          class="close"
          aria-label="Close sources"
          // Only the reader closes it: a page script's `click()` is untrusted.
          onClick={(event) => event.isTrusted && onClose()}
        >
          ×
        </button>
      </div>
      {/* An official record outweighs any count of sources, so it is said first. */}
      {official ? <p class="figure official-record">{official}</p> : null}
      <h2 id={titleId}>This page says</h2>
      <div class="figure">
        {mention.text} {metricWords(mention.metric, mention.group, isExactlyOne(mention.value))}
      </div>
      <dl>
        {reading !== mention.text ? <Row term="Read as" value={reading} /> : null}
        <Row term="Where" value={mention.place?.name ?? 'not stated'} />
        <Row term="When" value={dateWords(mention.date) ?? 'not stated'} />
        <Row term="Said by" value={mention.attributedTo ?? 'not stated'} />
      </dl>
      {/* A single source's card says so in its (empty) list of others; once is enough. */}
      {check.verdict === 'single-source' ? null : <p class="muted">{verdictSentence(check)}</p>}
      <ExplainedList check={check} />
      <TollTimeline mention={mention} publishedAt={publishedAt} check={check} />
      <PartsList check={check} />
      <h2>Other sources</h2>
      <SourceList check={check} />
    </div>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}
