import { describe, expect, it } from 'vitest';
import {
  boundsFor,
  editorChanges,
  editorForm,
  type EditorForm,
} from '../../../lib/claims-browser/claim-editor';
import { claim } from './fixtures';

const original = claim();
const edit = (over: Partial<EditorForm>) =>
  editorChanges({ ...editorForm(original), ...over }, original);

describe('claim editor', () => {
  it('fills the form from the claim, blanks for unknowns', () => {
    const form = editorForm(claim({ attacker: null, place: null, date: null, attributedTo: null }));
    expect(form).toMatchObject({
      n: '132',
      min: '132',
      max: '132',
      attacker: '',
      placeName: '',
      placeCode: '',
      date: '',
      attributedTo: '',
    });
  });

  it('sends nothing when nothing changed, and only what changed otherwise', () => {
    expect(edit({})).toEqual({ ok: true, changes: {} });
    expect(edit({ attributedTo: '  Ukrainian Air Force ', attacker: 'RU' })).toEqual({
      ok: true,
      changes: { attributedTo: 'Ukrainian Air Force', attacker: 'RU' },
    });
  });

  it('reads numbers as typed and blank bounds as unbounded', () => {
    expect(edit({ qualifier: 'at-least', n: '1,200', min: '1 200', max: '' })).toEqual({
      ok: true,
      changes: { value: { n: 1200, min: 1200, max: null, qualifier: 'at-least' } },
    });
  });

  it('clears a place with a blank name, and upper-cases a typed code', () => {
    expect(edit({ placeName: '', placeCode: '' })).toEqual({ ok: true, changes: { place: null } });
    expect(edit({ placeName: 'Kyiv', placeCode: 'ua-30', placeLevel: 'city' })).toEqual({
      ok: true,
      changes: { place: { name: 'Kyiv', code: 'UA-30', level: 'city' } },
    });
  });

  it('ties each problem to its input, in words', () => {
    const result = edit({
      n: 'lots',
      min: '-3',
      date: '2025-02-30',
      placeName: '',
      placeCode: 'RU',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['n', 'min', 'date', 'placeName']);
  });

  it('refuses what the protocol would refuse: crossed bounds, bad codes and metrics', () => {
    const crossed = edit({ min: '50', max: '10' });
    expect(crossed).toEqual({
      ok: false,
      errors: [{ field: 'max', message: 'The lowest value must not exceed the highest.' }],
    });
    const code = edit({ placeCode: 'XX-1' });
    expect(code.ok ? [] : code.errors.map((e) => e.field)).toEqual(['placeCode']);
    const metric = edit({ metric: 'Drones Downed' });
    expect(metric.ok ? [] : metric.errors.map((e) => e.field)).toEqual(['metric']);
    const long = edit({ attributedTo: 'x'.repeat(201) });
    expect(long.ok ? [] : long.errors.map((e) => e.field)).toEqual(['attributedTo']);
  });

  it('suggests the bounds a qualifier gives, as the extractor reads figures', () => {
    expect(boundsFor('more-than', '400')).toEqual({ min: '401', max: '' });
    expect(boundsFor('about', '122')).toEqual({ min: '116', max: '128' });
    expect(boundsFor('less-than', '10')).toEqual({ min: '', max: '9' });
    expect(boundsFor('range', '20', '30')).toEqual({ min: '20', max: '30' });
    expect(boundsFor('range', '30', '20')).toBeNull();
    expect(boundsFor('exact', 'many')).toBeNull();
  });
});
