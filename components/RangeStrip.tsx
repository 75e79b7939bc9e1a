/**
 * A compact picture of what every source reported for one event: one horizontal scale, one lane
 * per source, each interval a dot (one number) or a bar (a range; an unbounded end is an arrow
 * to the scale's edge). This page's value is filled and labelled "this page"; other sources are
 * hollow, agreeing ones as circles and solid bars, conflicting ones as diamonds and dashed bars,
 * so the difference never rests on colour alone. Colours come from `range-strip.css`.
 *
 * @module
 */
import { formatValue } from '../lib/claims/interval';
import type { Value } from '../lib/claims/mention';
import { extentOf, placeInterval, type Extent, type Placed } from './range-scale';

/** One source's report for the event. */
export interface RangeEntry {
  /** Who reported it: "this page" for the page itself, else the outlet or host. */
  source: string;
  value: Value;
  /** This page's own figure, another source that agrees, or one that conflicts. */
  kind: 'own' | 'agree' | 'conflict';
}

export interface RangeStripProps {
  entries: readonly RangeEntry[];
  /** Width in CSS pixels; the height follows the number of lanes. */
  width?: number;
  /** Lanes drawn at most; the rest are counted in a note and named in the text alternative. */
  maxLanes?: number;
}

const LANE = 12;
const TOP = 4;
const AXIS = 16;
/** Height of the row above this page's lane that holds its label. */
const LABEL = 10;
/** Half the width of the "this page" label, to keep it inside the strip. */
const LABEL_HALF = 24;
/** Room at each end for an unbounded interval's arrow. */
const PAD = 16;
/** Sources named in the text alternative; more are counted. */
const MAX_NAMED = 20;

/**
 * The strip's text alternative: "Reported values: 132 (this page), 142 (ABN News), at least 26
 * (TASS)".
 */
export function rangeLabel(entries: readonly RangeEntry[]): string {
  const named = entries
    .slice(0, MAX_NAMED)
    .map((e) => `${formatValue(e.value)} (${e.source})`)
    .join(', ');
  const more = entries.length - MAX_NAMED;
  return `Reported values: ${named}${more > 0 ? `, and ${more} more` : ''}`;
}

/** The strip: an SVG image with its text alternative as `aria-label` and `<title>`. */
export function RangeStrip({ entries, width = 300, maxLanes = 6 }: RangeStripProps) {
  const extent = extentOf(entries.map((e) => e.value));
  if (!extent || entries.length === 0) return null;
  const lanes = entries.slice(0, maxLanes);
  const hidden = entries.length - lanes.length;
  // Lanes stack downwards; this page's lane has a row above it for its "this page" label.
  const tops: number[] = [];
  let bottom = TOP;
  for (const entry of lanes) {
    tops.push(bottom);
    bottom += LANE + (entry.kind === 'own' ? LABEL : 0);
  }
  const axisY = bottom + 2;
  const height = axisY + AXIS;
  const x = (p: number): number => PAD + p * (width - 2 * PAD);
  const label = rangeLabel(entries);
  return (
    <svg
      class="range-strip"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title>{label}</title>
      {lanes.map((entry, i) => (
        <Lane
          key={i}
          entry={entry}
          placed={placeInterval(entry.value, extent)}
          top={tops[i] ?? TOP}
          x={x}
          width={width}
        />
      ))}
      <Axis extent={extent} y={axisY} x={x} width={width} hidden={hidden} />
    </svg>
  );
}

interface LaneProps {
  entry: RangeEntry;
  placed: Placed;
  /** The lane's top edge. */
  top: number;
  x: (p: number) => number;
  width: number;
}

function Lane({ entry, placed, top, x, width }: LaneProps) {
  const kind = entry.kind;
  const y = top + (kind === 'own' ? LABEL : 0) + LANE / 2;
  const start = placed.openStart ? 2 : x(placed.from);
  const end = placed.openEnd ? width - 2 : x(placed.to);
  // The label sits over the value's known end: the point, the lower bound, else the upper one.
  const anchor = placed.point || !placed.openStart ? x(placed.from) : end;
  const labelX = Math.min(width - LABEL_HALF, Math.max(LABEL_HALF, anchor));
  return (
    <g class={`lane ${kind}`}>
      {placed.point ? (
        <Marker kind={kind} cx={x(placed.from)} cy={y} />
      ) : (
        <>
          <line class="bar" x1={start} y1={y} x2={end} y2={y} />
          {placed.openStart ? <Arrow x={start} y={y} pointing="left" /> : null}
          {placed.openEnd ? <Arrow x={end} y={y} pointing="right" /> : null}
          {placed.openStart ? null : <Marker kind={kind} cx={start} cy={y} small />}
          {placed.openEnd ? null : <Marker kind={kind} cx={end} cy={y} small />}
        </>
      )}
      {kind === 'own' ? (
        <text class="own-label" x={labelX} y={top + 8} text-anchor="middle">
          this page
        </text>
      ) : null}
    </g>
  );
}

function Marker({
  kind,
  cx,
  cy,
  small,
}: {
  kind: RangeEntry['kind'];
  cx: number;
  cy: number;
  small?: boolean;
}) {
  const r = small ? 3 : 4.5;
  if (kind === 'conflict') {
    const d = r + 0.5;
    return (
      <path
        class="mark"
        d={`M${cx} ${cy - d} L${cx + d} ${cy} L${cx} ${cy + d} L${cx - d} ${cy} Z`}
      />
    );
  }
  return <circle class="mark" cx={cx} cy={cy} r={r} />;
}

function Arrow({ x, y, pointing }: { x: number; y: number; pointing: 'left' | 'right' }) {
  const back = pointing === 'right' ? x - 6 : x + 6;
  return <path class="arrow" d={`M${back} ${y - 4} L${x} ${y} L${back} ${y + 4} Z`} />;
}

function Axis({
  extent,
  y,
  x,
  width,
  hidden,
}: {
  extent: Extent;
  y: number;
  x: (p: number) => number;
  width: number;
  hidden: number;
}) {
  const single = extent.lo === extent.hi;
  const lo = extent.lo.toLocaleString('en');
  const hi = extent.hi.toLocaleString('en');
  return (
    <g class="axis">
      <line x1={PAD} y1={y} x2={width - PAD} y2={y} />
      {single ? (
        <>
          <line x1={x(0.5)} y1={y - 3} x2={x(0.5)} y2={y + 3} />
          <text x={x(0.5)} y={y + 13} text-anchor="middle">
            {lo}
          </text>
        </>
      ) : (
        <>
          <line x1={x(0)} y1={y - 3} x2={x(0)} y2={y + 3} />
          <line x1={x(1)} y1={y - 3} x2={x(1)} y2={y + 3} />
          <text x={x(0)} y={y + 13} text-anchor="start">
            {lo}
          </text>
          <text x={x(1)} y={y + 13} text-anchor="end">
            {hi}
          </text>
        </>
      )}
      {hidden > 0 ? (
        <text
          x={single ? width - PAD : width / 2}
          y={y + 13}
          text-anchor={single ? 'end' : 'middle'}
        >
          {`+${hidden} more`}
        </text>
      ) : null}
    </g>
  );
}
