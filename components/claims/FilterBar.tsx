import { useId } from 'preact/hooks';
import { VerdictSchema, type Verdict } from '../../lib/claims/claim';
import type { ClaimFilter } from '../../lib/claims/claim-query';
import { ORIGIN_KINDS } from '../../lib/claims/claim-query';
import { CORE_METRICS } from '../../lib/claims/mention';
import { NO_PLACE_PARAM, isEmptyFilter, withFilter } from '../../lib/claims-browser/url-state';
import type { ClaimFacetsResponse } from '../../lib/messages/protocol';
import { metricWords } from '../metric-words';
import { VERDICT_LOOK } from '../verdict-words';
import { DayField } from './DayField';
import { DebouncedInput } from './DebouncedInput';

const FIRST_VERDICTS: readonly Verdict[] = ['conflicting', 'mixed'];

export interface FilterBarProps {
  filter: ClaimFilter;
  facets: ClaimFacetsResponse | null;
  /** A new filter; `typed` when it comes from typing (the URL is replaced, not pushed). */
  onChange: (filter: ClaimFilter, typed: boolean) => void;
}

const ATTACKERS = [
  ['RU', 'Russia (RU)'],
  ['UA', 'Ukraine (UA)'],
  ['unknown', 'Not stated'],
] as const;

const ORIGIN_LABELS: Readonly<Record<(typeof ORIGIN_KINDS)[number], string>> = {
  browsed: 'Pages read',
  imported: 'Imported files',
  official: 'Official records',
  list: 'Team lists',
};

/**
 * The verdicts a researcher filters by, disputes first; every other verdict the schema knows
 * follows in its order, so a new one is offered without a change here.
 */
const VERDICTS: readonly Verdict[] = [
  ...FIRST_VERDICTS,
  ...VerdictSchema.options.filter((v) => !FIRST_VERDICTS.includes(v)),
];

/** The values a select offers: the facets, plus the current value so it always shows. */
function withCurrent(values: readonly string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [current, ...values] : [...values];
}

/** The filters above the table; every control labelled, every change goes to the URL. */
export function FilterBar({ filter, facets, onChange }: FilterBarProps) {
  const id = useId();
  const set = <K extends keyof ClaimFilter>(
    key: K,
    value: ClaimFilter[K] | undefined,
    typed = false,
  ) => onChange(withFilter(filter, key, value), typed);
  const metrics = withCurrent(
    facets?.metrics.length ? facets.metrics : CORE_METRICS,
    filter.metric,
  );
  const places = facets?.places.filter((p) => p.code !== '') ?? [];
  const placeKnown = filter.placeCode && !places.some((p) => p.code === filter.placeCode);
  const sourceUrl = filter.sourceUrl;

  return (
    <form
      class="filter-bar"
      role="search"
      aria-label="Filter claims"
      onSubmit={(e) => e.preventDefault()}
    >
      <div class="field">
        <label for={`${id}-metric`}>Metric</label>
        <select
          id={`${id}-metric`}
          value={filter.metric ?? ''}
          onChange={(e) => set('metric', e.currentTarget.value || undefined)}
        >
          <option value="">Any metric</option>
          {metrics.map((m) => (
            <option key={m} value={m}>
              {metricWords(m)}
            </option>
          ))}
        </select>
      </div>
      <DayField
        id={`${id}-from`}
        label="From"
        value={filter.from}
        onCommit={(d) => set('from', d)}
      />
      <DayField id={`${id}-to`} label="To" value={filter.to} onCommit={(d) => set('to', d)} />
      <div class="field">
        <label for={`${id}-place`}>Place</label>
        <select
          id={`${id}-place`}
          value={filter.placeCode === '' ? NO_PLACE_PARAM : (filter.placeCode ?? '')}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set('placeCode', v === NO_PLACE_PARAM ? '' : v || undefined);
          }}
        >
          <option value="">Any place</option>
          <option value={NO_PLACE_PARAM}>No place given</option>
          {placeKnown ? <option value={filter.placeCode}>{filter.placeCode}</option> : null}
          {places.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name} ({p.code})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-attacker`}>Attacker</label>
        <select
          id={`${id}-attacker`}
          value={filter.attacker ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set('attacker', v === 'RU' || v === 'UA' || v === 'unknown' ? v : undefined);
          }}
        >
          <option value="">Either side</option>
          {ATTACKERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-outlet`}>Outlet</label>
        <DebouncedInput
          id={`${id}-outlet`}
          value={filter.outlet ?? ''}
          list={`${id}-outlets`}
          maxLength={200}
          onCommit={(v) => set('outlet', v, true)}
        />
        <datalist id={`${id}-outlets`}>
          {facets?.outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for={`${id}-originator`}>Said by</label>
        <DebouncedInput
          id={`${id}-originator`}
          value={filter.originator ?? ''}
          list={`${id}-originators`}
          maxLength={200}
          onCommit={(v) => set('originator', v, true)}
        />
        <datalist id={`${id}-originators`}>
          {facets?.originators.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for={`${id}-origin`}>Origin</label>
        <select
          id={`${id}-origin`}
          value={filter.origin ?? ''}
          onChange={(e) => {
            const v = ORIGIN_KINDS.find((k) => k === e.currentTarget.value);
            set('origin', v);
          }}
        >
          <option value="">Any origin</option>
          {ORIGIN_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ORIGIN_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-verdict`}>Verdict</label>
        <select
          id={`${id}-verdict`}
          value={filter.verdict ?? ''}
          onChange={(e) =>
            set(
              'verdict',
              VERDICTS.find((v) => v === e.currentTarget.value),
            )
          }
        >
          <option value="">Any verdict</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LOOK[v].name}
            </option>
          ))}
        </select>
      </div>
      <div class="field field-wide">
        <label for={`${id}-text`}>Search quotes</label>
        <DebouncedInput
          id={`${id}-text`}
          type="search"
          value={filter.text ?? ''}
          maxLength={200}
          onCommit={(v) => set('text', v, true)}
        />
      </div>
      {sourceUrl !== undefined ? (
        <p class="field source-filter">
          <span>Page: </span>
          <span class="source-url" title={sourceUrl}>
            {sourceUrl}
          </span>{' '}
          <button type="button" onClick={() => set('sourceUrl', undefined)}>
            Show all pages
          </button>
        </p>
      ) : null}
      <div class="field field-action">
        <button type="button" disabled={isEmptyFilter(filter)} onClick={() => onChange({}, false)}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
