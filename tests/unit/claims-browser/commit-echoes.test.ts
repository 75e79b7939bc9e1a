import { describe, expect, it } from 'vitest';
import { CommitEchoes } from '../../../lib/claims-browser/commit-echoes';

describe('CommitEchoes: a search field under a slow view', () => {
  it('keeps what is typed when its own earlier reports come back late', () => {
    const field = new CommitEchoes('');
    // "k" is reported, typing goes on, "kyi" is reported before "k" has come back.
    expect(field.commit('k')).toBe(true);
    expect(field.commit('kyi')).toBe(true);
    expect(field.arrived('k')).toBe(false);
    expect(field.arrived('kyi')).toBe(false);
  });

  it('takes a value set from outside, even while reports are on their way', () => {
    const field = new CommitEchoes('kyiv');
    expect(field.commit('kyiv strike')).toBe(true);
    // Clear filters.
    expect(field.arrived('')).toBe(true);
    // Back to an earlier search.
    expect(field.arrived('odesa')).toBe(true);
    expect(field.arrived('odesa')).toBe(false);
  });

  it('takes a report that came back once as outside when it comes back again later', () => {
    const field = new CommitEchoes('');
    field.commit('k');
    field.commit('ky');
    expect(field.arrived('ky')).toBe(false);
    // "k" was overtaken by "ky": it is no report of the field's any more, it is Back.
    expect(field.arrived('k')).toBe(true);
  });

  it('reports nothing new for the value it holds, compared trimmed as the URL keeps it', () => {
    const field = new CommitEchoes('kyiv');
    expect(field.commit('kyiv ')).toBe(false);
    expect(field.commit('kyiv s')).toBe(true);
    expect(field.arrived('kyiv s ')).toBe(false);
    expect(field.arrived('kyiv')).toBe(true);
  });
});
