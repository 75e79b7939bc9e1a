import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { formatValue } from '../../lib/claims/interval';
import { dateWords } from '../format';
import { metricWords } from '../metric-words';
import { hostOf, httpHref } from '../safe-url';
import { attackerLabel, originLabel, utcMinute } from './columns';

export interface ClaimDetailsProps {
  claim: Claim;
  /** Moves focus to the panel's heading when it opens (it was opened from the keyboard). */
  takeFocus: boolean;
  onClose: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onChart: () => void;
}

function Field({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** "20 Jul 2025 09:20 UTC". */
function stamp(iso: string): string {
  const utc = utcMinute(iso);
  return utc ? `${dateWords(utc.slice(0, 10)) ?? utc} ${utc.slice(11)} UTC` : iso;
}

/** Everything stored about one claim, its source link, and what can be done with it. */
export function ClaimDetails({ claim, takeFocus, ...actions }: ClaimDetailsProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [claim.id, takeFocus]);

  const href = httpHref(claim.source.url);
  const place = claim.place;
  const canChart = Boolean(place?.code) && claim.metric !== '';
  return (
    <section class="claim-details" aria-labelledby={headingId}>
      <div class="details-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {formatValue(claim.value)} {metricWords(claim.metric, claim.group)}
        </h2>
        <button
          type="button"
          class="modal-close"
          aria-label="Close details"
          onClick={actions.onClose}
        >
          ×
        </button>
      </div>
      <blockquote class="quote">{claim.quote || claim.text}</blockquote>
      <dl class="details-list">
        <Field term="Figure">“{claim.text}”</Field>
        <Field term="Value">
          {formatValue(claim.value)} <span class="muted">({claim.value.qualifier})</span>
        </Field>
        <Field term="Metric">
          {metricWords(claim.metric, claim.group)} <span class="muted">({claim.metric})</span>
        </Field>
        <Field term="Date">{dateWords(claim.date) ?? 'not stated'}</Field>
        <Field term="Place">
          {place ? `${place.name} (${place.code ?? 'no code'}, ${place.level})` : 'not stated'}
        </Field>
        <Field term="Attacker">{attackerLabel(claim.attacker)}</Field>
        <Field term="Group">{claim.group ?? '—'}</Field>
        <Field term="Said by">{claim.attributedTo ?? 'unattributed'}</Field>
        <Field term="Source">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {claim.source.title || claim.source.outlet || hostOf(href) || href}
            </a>
          ) : (
            <span>{claim.source.url}</span>
          )}
        </Field>
        <Field term="Outlet">{claim.source.outlet ?? hostOf(claim.source.url) ?? '—'}</Field>
        <Field term="Published">{claim.source.publishedAt ?? '—'}</Field>
        <Field term="Origin">{originLabel(claim.origin)}</Field>
        <Field term="Recorded">{stamp(claim.createdAt)}</Field>
        <Field term="Updated">{stamp(claim.updatedAt)}</Field>
        <Field term="Id">
          <code>{claim.id}</code>
        </Field>
      </dl>
      <div class="button-row">
        <button type="button" onClick={actions.onEdit}>
          Edit
        </button>
        <button type="button" class="danger" onClick={actions.onDelete}>
          Delete
        </button>
        <button
          type="button"
          onClick={actions.onChart}
          disabled={!canChart}
          title={canChart ? undefined : 'The chart needs a place with a code'}
        >
          Show event chart
        </button>
      </div>
    </section>
  );
}
