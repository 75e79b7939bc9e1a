/** What the table area says when there is nothing to list. */
export function EmptyState({ noClaims, onClear }: { noClaims: boolean; onClear: () => void }) {
  return (
    <div class="empty-state" data-empty={noClaims ? 'no-claims' : 'no-match'}>
      {noClaims ? (
        <p>No claims yet. Read some news with Figure Check on, or import a file.</p>
      ) : (
        <>
          <p>No claims match these filters.</p>
          <button type="button" onClick={onClear}>
            Clear filters
          </button>
        </>
      )}
    </div>
  );
}
