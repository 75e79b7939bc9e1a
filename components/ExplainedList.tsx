import type { FigureCheck } from '../lib/claims/claim';
import type { Mention } from '../lib/claims/mention';
import { dateTimeWords } from './format';
import { hostOf, httpHref } from './safe-url';
import { tollTimeline } from './toll-timeline';

/**
 * Why other sources give other numbers, when the news says why (CLAIMS.md section 2.1): one line
 * per explained difference, with its source one click away ("711 = 296 shot down + 415 lost to
 * jamming (Ukrainian Air Force, AP)", "Later reports say 27 (Kyiv City Administration, 1 Aug)").
 */
export function ExplainedList({ check }: { check: FigureCheck }) {
  if (check.explained.length === 0) return null;
  return (
    <section aria-label="Explained differences">
      <h2>Explained differences</h2>
      <ul>
        {check.explained.map((e, i) => {
          const href = httpHref(e.source.url);
          const name = e.source.outlet ?? hostOf(e.source.url) ?? 'source';
          return (
            <li key={`${e.source.url}#${i}`} class={`item-${e.kind}`}>
              <span class={`marker explain-${e.kind}`}>
                <span aria-hidden="true">{e.kind === 'sum' ? '= ' : '↑ '}</span>
                {e.kind === 'sum'
                  ? e.part
                    ? 'Part of a sum'
                    : 'Sum'
                  : e.later
                    ? 'Newer count'
                    : 'Earlier count'}
              </span>
              {e.because}
              {href ? (
                <>
                  {' '}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {name}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What this figure is part of: "27 of the 142 over Russia (Russian Defense Ministry, AP)". */
export function PartsList({ check }: { check: FigureCheck }) {
  if (check.parts.length === 0) return null;
  return (
    <section aria-label="Part of">
      <h2>Part of</h2>
      <ul>
        {check.parts.map((p, i) => (
          <li key={`${p.url}#${i}`}>{p.because}</li>
        ))}
      </ul>
    </section>
  );
}

/** A toll's reports in the order they came out, this page's among them. */
export function TollTimeline({
  mention,
  publishedAt,
  check,
}: {
  mention: Pick<Mention, 'metric' | 'value'>;
  publishedAt: string | null;
  check: FigureCheck;
}) {
  const reports = tollTimeline(mention, publishedAt, check);
  if (reports.length === 0) return null;
  return (
    <section aria-label="Timeline of the toll">
      <h2>Timeline of the toll</h2>
      <ol class="timeline">
        {reports.map((r, i) => (
          <li key={`${r.url ?? 'this'}#${i}`} class={r.thisPage ? 'this-page' : undefined}>
            <span class="when">{dateTimeWords(r.publishedAt) ?? 'time unknown'}</span>{' '}
            <span class="value">{r.value}</span> <span class="muted">{r.source}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
