import { Component } from 'preact';
import type { Claim } from '../../lib/claims/claim';
import type { ListedClaim } from '../../lib/claims-browser/row-pager';
import { CLAIM_TABLE_COLUMNS, claimSummary } from './columns';

interface RowPlace {
  id: string;
  index: number;
  /** Pixels from the top of the row group. */
  top: number;
  active: boolean;
}

export interface ClaimRowProps extends RowPlace {
  claim: ListedClaim;
  selected: boolean;
  onToggleSelected: (claim: Claim) => void;
  onRowClick: (index: number, claim: Claim) => void;
}

/**
 * One claim in the grid, absolutely placed at its row's position. Rows re-render only when
 * their own props change, so scrolling renders just the rows that came into view.
 */
export class ClaimRow extends Component<ClaimRowProps> {
  override shouldComponentUpdate(next: ClaimRowProps): boolean {
    const now = this.props;
    return (Object.keys(next) as (keyof ClaimRowProps)[]).some((key) => next[key] !== now[key]);
  }

  override render() {
    const { claim, ...props } = this.props;
    return (
      <div
        id={props.id}
        class={`claims-row${props.active ? ' active' : ''}${props.selected ? ' selected' : ''}`}
        role="row"
        aria-rowindex={props.index + 2}
        aria-selected={props.selected}
        data-claim-id={claim.id}
        style={{ transform: `translateY(${props.top}px)` }}
        onClick={() => props.onRowClick(props.index, claim)}
      >
        <div class="cell cell-select" role="gridcell">
          <input
            type="checkbox"
            tabIndex={-1}
            checked={props.selected}
            aria-label={`Select ${claimSummary(claim)}`}
            onClick={(event) => event.stopPropagation()}
            onChange={() => props.onToggleSelected(claim)}
          />
        </div>
        {CLAIM_TABLE_COLUMNS.map((column) => {
          const text = column.cell(claim);
          return (
            <div
              key={column.id}
              class={`cell cell-${column.id}${column.numeric ? ' numeric' : ''} ${column.tone?.(claim) ?? ''}`}
              role="gridcell"
              title={text}
            >
              {text}
            </div>
          );
        })}
      </div>
    );
  }
}

/** A row whose page has not arrived yet. */
export function LoadingRow(props: RowPlace) {
  return (
    <div
      id={props.id}
      class={`claims-row loading${props.active ? ' active' : ''}`}
      role="row"
      aria-rowindex={props.index + 2}
      style={{ transform: `translateY(${props.top}px)` }}
    >
      <div class="cell cell-loading" role="gridcell">
        Loading…
      </div>
    </div>
  );
}
