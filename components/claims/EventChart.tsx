import {
  dateTicks,
  isoDay,
  niceTicks,
  scaleLinear,
  spreadOffsets,
} from '../../lib/claims-browser/chart-scales';
import type { EventSeriesView, SeriesMark } from '../../lib/claims-browser/event-series';
import { httpHref } from '../safe-url';
import { markLabel } from './chart-labels';
import { MarkShape } from './MarkShape';

const WIDTH = 880;
const HEIGHT = 340;
const MARGIN = { left: 64, right: 20, top: 24, bottom: 48 };
/** Gap between marks sharing a night, before squeezing. */
const MARK_GAP = 14;
const ARROW = 16;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9 Jul", with the year on the first tick and where the year changes. */
function tickLabel(day: number, previous: number | undefined): string {
  const [y = '', m = '1', d = '1'] = isoDay(day).split('-');
  const short = `${Number(d)} ${MONTHS[Number(m) - 1] ?? m}`;
  const yearChanged = previous === undefined || isoDay(previous).slice(0, 4) !== y;
  return yearChanged ? `${short} ${y}` : short;
}

export interface EventChartProps {
  series: EventSeriesView;
  /** What the values count ("drones shot down"), for the y axis. */
  valueLabel: string;
  /** The element naming the chart. */
  labelledBy: string;
}

/**
 * Every source's figure for one event over time: nights along x, values up y, a shaded band
 * per night from the lowest to the highest figure, one focusable mark per source that opens
 * the source in a new tab.
 */
export function EventChart({ series, valueLabel, labelledBy }: EventChartProps) {
  const { nights } = series;
  const first = nights[0]?.day ?? 0;
  const last = nights.at(-1)?.day ?? first;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const x = scaleLinear([first - 0.5, last + 0.5], [MARGIN.left, WIDTH - MARGIN.right]);
  const dayWidth = plotWidth / (last - first + 1);
  const yTicks = niceTicks(0, series.maxValue, 5);
  const y = scaleLinear(yTicks.domain, [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const xTicks = dateTicks(first, last, Math.max(2, Math.floor(plotWidth / 90)));
  const bottom = HEIGHT - MARGIN.bottom;

  return (
    <svg
      class="event-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-labelledby={labelledBy}
    >
      <g class="axes" aria-hidden="true">
        {yTicks.ticks.map((t) => (
          <g key={`y${t}`}>
            <line
              class="grid-line"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(t)}
              y2={y(t)}
            />
            <text
              class="tick"
              x={MARGIN.left - 8}
              y={y(t)}
              text-anchor="end"
              dominant-baseline="middle"
            >
              {t.toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        <line class="axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={bottom} y2={bottom} />
        {xTicks.map((d, i) => (
          <g key={`x${d}`}>
            <line class="axis" x1={x(d)} x2={x(d)} y1={bottom} y2={bottom + 5} />
            <text class="tick" x={x(d)} y={bottom + 18} text-anchor="middle">
              {tickLabel(d, xTicks[i - 1])}
            </text>
          </g>
        ))}
        <text
          class="axis-title"
          x={MARGIN.left + plotWidth / 2}
          y={HEIGHT - 6}
          text-anchor="middle"
        >
          Night (event date)
        </text>
        <text
          class="axis-title"
          transform={`translate(14 ${MARGIN.top + (bottom - MARGIN.top) / 2}) rotate(-90)`}
          text-anchor="middle"
        >
          {valueLabel}
        </text>
      </g>
      <g class="bands" aria-hidden="true">
        {nights.map((night) => {
          const top = y(night.high);
          const height = Math.max(2, y(night.low) - top);
          const width = Math.max(4, dayWidth * 0.8);
          return (
            <rect
              key={night.day}
              class="band"
              x={x(night.day) - width / 2}
              y={top}
              width={width}
              height={height}
            />
          );
        })}
      </g>
      <g class="marks">
        {nights.map((night) => {
          const offsets = spreadOffsets(night.marks.length, dayWidth * 0.7, MARK_GAP);
          return night.marks.map((mark, i) => (
            <Mark key={mark.claim.id} mark={mark} cx={x(night.day) + (offsets[i] ?? 0)} y={y} />
          ));
        })}
      </g>
    </svg>
  );
}

/** One source's figure: a marker, with its range or open-bound arrow. */
function Mark({ mark, cx, y }: { mark: SeriesMark; cx: number; y: (v: number) => number }) {
  // A total one source gives in parts says so, in its name and with an "=" beside it.
  const label = mark.sum ? `${markLabel(mark.claim)}; ${mark.sum}` : markLabel(mark.claim);
  const href = httpHref(mark.claim.source.url);
  const at = y(mark.at);
  const body = (
    <>
      <title>{label}</title>
      {mark.shape === 'range' ? (
        <path
          class="range"
          d={`M${cx - 4} ${y(mark.high)}H${cx + 4}M${cx} ${y(mark.high)}V${y(mark.low)}M${cx - 4} ${y(mark.low)}H${cx + 4}`}
        />
      ) : null}
      {mark.shape === 'up' || mark.shape === 'down' ? (
        <path
          class="range"
          d={(() => {
            const tip = mark.shape === 'up' ? at - ARROW : at + ARROW;
            const back = mark.shape === 'up' ? tip + 5 : tip - 5;
            return `M${cx} ${at}V${tip}M${cx - 4} ${back}L${cx} ${tip}L${cx + 4} ${back}`;
          })()}
        />
      ) : null}
      <circle class="focus-ring" cx={cx} cy={at} r={10} />
      <MarkShape kind={mark.kind} x={cx} y={at} />
      {mark.sum ? (
        <text class="sum-mark" x={cx + 8} y={at - 6} aria-hidden="true">
          =
        </text>
      ) : null}
    </>
  );
  return href ? (
    <a class="mark-link" href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {body}
    </a>
  ) : (
    <g class="mark-link" tabIndex={0} role="img" aria-label={`${label}; no web link`}>
      {body}
    </g>
  );
}
