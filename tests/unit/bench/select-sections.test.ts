import { describe, expect, it } from 'vitest';
import { selectSections } from '../../bench/select';
import type { Section } from '../../bench/types';

const section = (name: string): Section => ({ name, run: () => ({ rows: [], json: {} }) });
const SECTIONS = ['extraction', 'liveBlog', 'browser', 'liveEdit', 'sync'].map(section);
const names = (list: Section[]) => list.map((s) => s.name);

describe('selectSections', () => {
  it('runs every section, in order, when none is named', () => {
    expect(names(selectSections(SECTIONS, []))).toEqual(names(SECTIONS));
  });

  it('runs the sections named, in their running order', () => {
    expect(names(selectSections(SECTIONS, ['sync', 'extraction']))).toEqual(['extraction', 'sync']);
  });

  it('takes a name whatever its case or dashes', () => {
    expect(names(selectSections(SECTIONS, ['live-edit', 'LIVE_BLOG']))).toEqual([
      'liveBlog',
      'liveEdit',
    ]);
  });

  it('refuses an unknown name, saying which sections there are', () => {
    expect(() => selectSections(SECTIONS, ['browser', 'sink'])).toThrow(
      'no bench section "sink"; the sections are: extraction, liveBlog, browser, liveEdit, sync',
    );
  });
});
