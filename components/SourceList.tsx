import type { FigureCheck, OriginatorGroup, Other } from '../lib/claims/claim';
import { formatValue } from '../lib/claims/interval';
import { dateWords, originWords } from './format';
import { hostOf, httpHref } from './safe-url';
import { officialRecordName } from './verdict-words';

/**
 * The groups to show: the background's own grouping by originator, or, if it sent none while
 * it did send sources, the same grouping made here so that no source goes unlisted.
 */
export function groupsOf(check: FigureCheck): OriginatorGroup[] {
  const grouped = check.byOriginator.reduce((n, g) => n + g.others.length, 0);
  if (grouped > 0) return check.byOriginator;
  const byName = new Map<string | null, Other[]>();
  for (const other of [...check.agree, ...check.disagree]) {
    const list = byName.get(other.attributedTo) ?? [];
    list.push(other);
    byName.set(other.attributedTo, list);
  }
  return Array.from(byName, ([originator, others]) => ({ originator, others }));
}

/** Every other source for the figure, grouped by who originally made the claim. */
export function SourceList({ check }: { check: FigureCheck }) {
  const groups = groupsOf(check);
  if (groups.length === 0) {
    return (
      <p class="muted">None yet. Figures you read on other pages will be compared with this one.</p>
    );
  }
  return (
    <section aria-label="Other sources">
      {groups.map((group, i) => (
        <div key={`${group.originator ?? ''}#${i}`}>
          <h3>{group.originator ? `According to ${group.originator}` : 'Unattributed'}</h3>
          <ul>
            {group.others.map((other, j) => (
              <SourceItem
                key={`${other.url}#${j}`}
                other={other}
                group={group.originator}
                stance={stanceOf(other, check)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** How one other source stands to this figure, in a word and an icon (not colour alone). */
type Stance = 'agree' | 'disagree' | 'sum' | 'later' | 'earlier';

const STANCE: Readonly<Record<Stance, { icon: string; word: string; look: string }>> = {
  agree: { icon: '✓', word: 'Agrees', look: 'agree' },
  disagree: { icon: '≠', word: 'Conflicts', look: 'disagree' },
  sum: { icon: '=', word: 'Explained', look: 'explain-sum' },
  later: { icon: '↑', word: 'Newer count', look: 'explain-update' },
  earlier: { icon: '↓', word: 'Earlier count', look: 'explain-update' },
};

function stanceOf(other: Other, check: FigureCheck): Stance {
  if (other.agrees) return 'agree';
  const why = check.explained.find(
    (e) => e.other.url === other.url && e.other.value.n === other.value.n,
  );
  if (!why) return 'disagree';
  if (why.kind === 'sum') return 'sum';
  return why.later ? 'later' : 'earlier';
}

function SourceItem({
  other,
  group,
  stance,
}: {
  other: Other;
  group: string | null;
  stance: Stance;
}) {
  const href = httpHref(other.url);
  // An official record is named as the record, not as an outlet that reported it.
  const record = officialRecordName(other);
  const outlet =
    other.origin === 'official'
      ? record.charAt(0).toUpperCase() + record.slice(1)
      : (other.outlet ?? hostOf(other.url) ?? 'Unknown outlet');
  const origin = other.listName ? `from team list “${other.listName}”` : originWords(other.origin);
  const reading = formatValue(other.value);
  const details = [
    // The group heading already names the originator; repeat only what differs from it.
    other.attributedTo === group
      ? null
      : other.attributedTo
        ? `says ${other.attributedTo}`
        : 'no attribution',
    dateWords(other.date),
    origin,
  ].filter((d): d is string => Boolean(d));
  return (
    <li class={`item-${stance}`}>
      {/* Icon and word, not colour alone, tell agreeing, conflicting and explained apart. */}
      <span class={`marker ${STANCE[stance].look}`}>
        <span aria-hidden="true">{STANCE[stance].icon} </span>
        {STANCE[stance].word}
      </span>
      {href ? (
        <a class="outlet" href={href} target="_blank" rel="noopener noreferrer">
          {outlet}
        </a>
      ) : (
        <span class="outlet">{outlet}</span>
      )}
      <div>
        <span class="value">{other.text}</span>
        {reading !== other.text ? <span class="muted"> · read as {reading}</span> : null}
      </div>
      {details.length ? <div class="muted">{details.join(' · ')}</div> : null}
      {href ? null : <div class="muted">{other.url}</div>}
    </li>
  );
}
