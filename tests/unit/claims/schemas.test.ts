import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../../../lib/claims/claim';
import { IsoDateSchema } from '../../../lib/claims/mention';
import { cutText, isWellFormedText, toWellFormedText } from '../../../lib/claims/text';
import { claim, mention } from './helpers';

describe('event dates', () => {
  it('accept only dates that exist on the calendar', () => {
    for (const ok of ['2025-07-20', '2024-02-29', '2000-12-31'])
      expect(IsoDateSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2024-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-7-20'])
      expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('a claim from outside (a file, a list, a share)', () => {
  const good = claim('https://news.example/a', 'News', mention());

  it('has an http(s) source URL: no javascript:, data: or file: link reaches a card', () => {
    for (const url of ['https://news.example/a', 'http://news.example/a?x=1'])
      expect(ClaimSchema.safeParse({ ...good, source: { ...good.source, url } }).success).toBe(
        true,
      );
    for (const url of [
      'javascript:alert(document.cookie)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://news.example/a',
    ]) {
      const parsed = ClaimSchema.safeParse({ ...good, source: { ...good.source, url } });
      expect(parsed.success, url).toBe(false);
    }
  });

  it('holds only well-formed text: NUL and lone surrogates are refused, whole emoji kept', () => {
    const quote = 'Drones 😀 over Kursk';
    expect(ClaimSchema.safeParse({ ...good, quote }).success).toBe(true);
    const bad: [string, Partial<Claim>][] = [
      ['NUL in the quote', { quote: 'Drones\u0000 over Kursk' }],
      ['a lone high surrogate in the title', { source: { ...good.source, title: 'Kursk \uD83D' } }],
      ['a lone low surrogate in the outlet', { source: { ...good.source, outlet: '\uDE00News' } }],
      ['NUL in the place', { place: { name: 'Kursk\u0000', code: 'RU-KRS', level: 'region' } }],
      ['a lone surrogate in the attribution', { attributedTo: 'Ministry \uDC00' }],
    ];
    for (const [what, change] of bad) {
      const parsed = ClaimSchema.safeParse({ ...good, ...change });
      expect(parsed.success, what).toBe(false);
      expect(parsed.error?.issues[0]?.message, what).toMatch(/well-formed text/);
    }
  });
});

describe('text helpers', () => {
  it('cut between characters, never inside a surrogate pair', () => {
    const title = `${'a'.repeat(999)}😀 and more`;
    expect(cutText(title, 1000)).toBe('a'.repeat(999));
    expect(isWellFormedText(cutText(title, 1000))).toBe(true);
    expect(cutText(title, 1001)).toBe(`${'a'.repeat(999)}😀`);
    expect(cutText('short', 1000)).toBe('short');
  });

  it('make any text well-formed with the replacement character', () => {
    expect(toWellFormedText('a\u0000b\uD83Dc\uDE00d😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd😀');
    expect(isWellFormedText(toWellFormedText('\uDE00\uD83D'))).toBe(true);
  });
});
