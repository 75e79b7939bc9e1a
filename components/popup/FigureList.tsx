import type { PageFigure } from '../../lib/messages/protocol';
import { dateWords } from '../format';
import { metricWords } from '../metric-words';
import { RangeStrip } from '../RangeStrip';
import { VERDICT_LOOK, verdictPhrase } from '../verdict-words';
import { eventTitle, groupFigures, otherSourceWords, rangeEntries } from './figure-groups';

/** Other sources named under a row; more are counted. */
const NAMED_OTHERS = 4;

/** What the list shows and what picking a figure does. */
export interface FigureListProps {
  figures: readonly PageFigure[];
  /** Shows the figure in the page (the row's click, Enter or Space). */
  onReveal: (figureId: string) => void;
}

/**
 * The page's figures grouped by event, events with conflicts first. Each row is a button that
 * shows the figure in the page; it says the figure as written, what it counts, where, when, who
 * said it, the verdict, and draws every source's value on a range strip.
 */
export function FigureList({ figures, onReveal }: FigureListProps) {
  const groups = groupFigures(figures);
  return (
    <div class="figures">
      <p class="legend" aria-hidden="true">
        <span class="key own">●</span> this page <span class="key agree">○</span> agrees{' '}
        <span class="key conflict">◇</span> conflicts
      </p>
      <ul class="groups">
        {groups.map((group) => (
          <li key={group.key} class="group">
            <h2 class="event">{eventTitle(group.figures[0]!.mention)}</h2>
            <ul class="rows">
              {group.figures.map((figure) => (
                <li key={figure.figureId}>
                  <FigureRow figure={figure} onReveal={onReveal} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FigureRow({ figure, onReveal }: { figure: PageFigure; onReveal: (id: string) => void }) {
  const { mention, check } = figure;
  const look = check ? VERDICT_LOOK[check.verdict] : null;
  const facts = [
    mention.place?.name ?? 'place not stated',
    dateWords(mention.date) ?? 'date not stated',
    mention.attributedTo ? `said by ${mention.attributedTo}` : 'unattributed',
  ];
  return (
    <button
      type="button"
      class="row"
      data-figure-id={figure.figureId}
      data-verdict={check?.verdict ?? 'unchecked'}
      title="Show this figure in the page"
      onClick={() => onReveal(figure.figureId)}
    >
      <span class="row-head">
        <span class="figure">
          <span class="figure-text">{mention.text}</span>{' '}
          <span class="metric">{metricWords(mention.metric, mention.group)}</span>
        </span>
        {check && look ? (
          <span class={`verdict v-${check.verdict}`} title={verdictPhrase(check)}>
            {look.icon ? <span aria-hidden="true">{look.icon} </span> : null}
            {look.name}
          </span>
        ) : (
          <span class="verdict v-unchecked">Not checked yet</span>
        )}
      </span>
      <span class="facts">{facts.join(' · ')}</span>
      <RangeStrip entries={rangeEntries(figure)} width={330} />
      <OtherSources words={otherSourceWords(figure)} />
    </button>
  );
}

/** Who reported the other values the strip draws, conflicts first: "≠ 142 Euro Dispatch". */
function OtherSources({ words }: { words: readonly string[] }) {
  if (words.length === 0) return null;
  const more = words.length - NAMED_OTHERS;
  return (
    <span class="others">
      {words.slice(0, NAMED_OTHERS).map((w, i) => (
        <span key={i} class={w.startsWith('≠') ? 'other conflict' : 'other agree'}>
          {w}
        </span>
      ))}
      {more > 0 ? <span class="other">and {more} more</span> : null}
    </span>
  );
}
