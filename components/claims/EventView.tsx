import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { sumParts } from '../../lib/claims/explain';
import { CORE_METRICS } from '../../lib/claims/mention';
import type { ClaimsApi } from '../../lib/claims-browser/claims-api';
import { buildEventSeries, type EventSeriesView } from '../../lib/claims-browser/event-series';
import type { ClaimFacetsResponse } from '../../lib/messages/protocol';
import { metricWords } from '../metric-words';
import { KIND_LEGEND } from './chart-labels';
import { EventChart } from './EventChart';
import { EventTable } from './EventTable';
import { MarkShape } from './MarkShape';

/** The metric and place a chart shows. */
export interface EventChoice {
  metric: string;
  placeCode: string;
}

export interface EventViewProps {
  series: ClaimsApi['series'];
  facets: ClaimFacetsResponse | null;
  /** Preselected from the row that opened the view. */
  initial: EventChoice | null;
}

type Loaded =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; view: EventSeriesView; truncated: boolean };

/** Choose a metric and a place; see every source's figure for it night by night. */
export function EventView({ series, facets, initial }: EventViewProps) {
  const id = useId();
  const [choice, setChoice] = useState<EventChoice>(initial ?? { metric: '', placeCode: '' });
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
  const metrics = facets?.metrics.length ? facets.metrics : [...CORE_METRICS];
  const places = (facets?.places ?? []).filter((p) => p.code !== '');
  const placeName = useMemo(
    () => places.find((p) => p.code === choice.placeCode)?.name ?? choice.placeCode,
    [places, choice.placeCode],
  );

  useEffect(() => {
    if (!choice.metric || !choice.placeCode) {
      setLoaded({ state: 'idle' });
      return;
    }
    let current = true;
    setLoaded({ state: 'loading' });
    // The figures whose sum makes this metric, to mark a total one source gives in parts.
    const partMetrics = [...new Set(sumParts(choice.metric).flat())];
    const ask = (metric: string) => series({ metric, placeCode: choice.placeCode });
    Promise.all([ask(choice.metric), ...partMetrics.map(ask)]).then(
      ([answer, ...parts]) => {
        if (current && answer)
          setLoaded({
            state: 'ready',
            view: buildEventSeries(
              answer.claims,
              parts.flatMap((p) => p.claims),
            ),
            truncated: answer.truncated,
          });
      },
      (e: unknown) => {
        if (current)
          setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [series, choice.metric, choice.placeCode]);

  const what = metricWords(choice.metric);
  const title = `${what} in ${placeName}, night by night`;
  return (
    <div class="event-view">
      <div class="event-controls">
        <div class="field">
          <label for={`${id}-metric`}>Metric</label>
          <select
            id={`${id}-metric`}
            value={choice.metric}
            onChange={(e) => setChoice((c) => ({ ...c, metric: e.currentTarget.value }))}
          >
            <option value="">Choose a metric</option>
            {(metrics.includes(choice.metric) || !choice.metric
              ? metrics
              : [choice.metric, ...metrics]
            ).map((m) => (
              <option key={m} value={m}>
                {metricWords(m)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-place`}>Place</label>
          <select
            id={`${id}-place`}
            value={choice.placeCode}
            onChange={(e) => setChoice((c) => ({ ...c, placeCode: e.currentTarget.value }))}
          >
            <option value="">Choose a place</option>
            {choice.placeCode && !places.some((p) => p.code === choice.placeCode) ? (
              <option value={choice.placeCode}>{choice.placeCode}</option>
            ) : null}
            {places.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name} ({p.code})
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="status" role="status">
        {loaded.state === 'idle'
          ? 'Choose a metric and a place to see their figures over time.'
          : null}
        {loaded.state === 'loading' ? 'Loading figures…' : null}
        {loaded.state === 'ready' && loaded.view.nights.length === 0
          ? 'No dated figures for this metric and place.'
          : null}
        {loaded.state === 'ready' && loaded.truncated
          ? 'Only the most recent figures are shown. '
          : null}
        {loaded.state === 'ready' && loaded.view.undated > 0
          ? `${loaded.view.undated} figure(s) without a date are not shown.`
          : null}
      </p>
      {loaded.state === 'error' ? (
        <p class="error" role="alert">
          Could not load the figures: {loaded.message}
        </p>
      ) : null}
      {loaded.state === 'ready' && loaded.view.nights.length > 0 ? (
        <>
          <h3 id={`${id}-title`}>{title}</h3>
          <Legend />
          <EventChart series={loaded.view} valueLabel={what} labelledBy={`${id}-title`} />
          <EventTable series={loaded.view} caption={`${title} (table)`} />
        </>
      ) : null}
    </div>
  );
}

function Legend() {
  return (
    <ul class="chart-legend" aria-label="Legend">
      {(Object.keys(KIND_LEGEND) as (keyof typeof KIND_LEGEND)[]).map((kind) => (
        <li key={kind}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <MarkShape kind={kind} x={8} y={8} />
          </svg>
          {KIND_LEGEND[kind]}
        </li>
      ))}
      <li>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <rect class="band" x="2" y="1" width="12" height="14" />
        </svg>
        Spread of the night’s figures
      </li>
      <li>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path class="range" d="M8 15V2M4 6L8 2L12 6" />
        </svg>
        “At least” (arrow up) or “up to” (arrow down)
      </li>
    </ul>
  );
}
