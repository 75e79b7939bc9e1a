import type { OriginKind } from '../../lib/claims/claim-query';

/**
 * A marker whose shape tells the origin without relying on colour: circle for a page read,
 * square for an imported file, diamond for an official record, triangle for a team list.
 */
export function MarkShape({
  kind,
  x,
  y,
  size = 5,
}: {
  kind: OriginKind;
  x: number;
  y: number;
  size?: number;
}) {
  const cls = `mark mark-${kind}`;
  switch (kind) {
    case 'browsed':
      return <circle class={cls} cx={x} cy={y} r={size} />;
    case 'imported':
      return <rect class={cls} x={x - size} y={y - size} width={size * 2} height={size * 2} />;
    case 'official': {
      const d = size * 1.35;
      return (
        <polygon class={cls} points={`${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`} />
      );
    }
    case 'list': {
      const d = size * 1.3;
      return (
        <polygon
          class={cls}
          points={`${x},${y - d} ${x + d},${y + d * 0.8} ${x - d},${y + d * 0.8}`}
        />
      );
    }
  }
}
