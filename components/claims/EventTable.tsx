import { formatValue } from '../../lib/claims/interval';
import type { EventSeriesView } from '../../lib/claims-browser/event-series';
import { dateTimeWords, dateWords, originWords } from '../format';
import { httpHref } from '../safe-url';
import { sourceName } from './chart-labels';

/** The chart's data as a table: one row per night with its lowest and highest figure. */
export function EventTable({ series, caption }: { series: EventSeriesView; caption: string }) {
  return (
    <div class="event-table-box" tabIndex={0} role="region" aria-label={caption}>
      <table class="event-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Night</th>
            <th scope="col" class="numeric">
              Lowest
            </th>
            <th scope="col" class="numeric">
              Highest
            </th>
            <th scope="col">{series.toll ? 'Reports, in the order published' : 'Sources'}</th>
          </tr>
        </thead>
        <tbody>
          {series.nights.map((night) => (
            <tr key={night.day}>
              <th scope="row">{dateWords(night.date)}</th>
              <td class="numeric">{night.low.toLocaleString('en-GB')}</td>
              <td class="numeric">{night.high.toLocaleString('en-GB')}</td>
              <td>
                <ul class="source-cell">
                  {night.marks.map((mark) => {
                    const href = httpHref(mark.claim.source.url);
                    const origin = originWords(mark.claim.origin);
                    // A toll's reports say when they came out; a total says which parts it adds.
                    const when = series.toll ? dateTimeWords(mark.claim.source.publishedAt) : null;
                    const text = [
                      `${formatValue(mark.claim.value)}: ${sourceName(mark.claim)}`,
                      origin ? ` (${origin})` : '',
                      when ? `, published ${when}` : '',
                      mark.sum ? ` — ${mark.sum}` : '',
                    ].join('');
                    return (
                      <li key={mark.claim.id}>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {text}
                          </a>
                        ) : (
                          text
                        )}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
