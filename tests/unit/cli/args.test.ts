import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../lib/cli/args';

describe('parseArgs', () => {
  it('has defaults and reads every option', () => {
    expect(parseArgs(['a.txt'])).toEqual({
      json: false,
      published: null,
      url: null,
      files: ['a.txt'],
    });
    expect(
      parseArgs(['--json', '--published', '2024-02-29', '--url', 'https://a.example/x', 'a', 'b']),
    ).toEqual({
      json: true,
      published: '2024-02-29',
      url: 'https://a.example/x',
      files: ['a', 'b'],
    });
  });

  it.each(['2025-7-20', '20-07-2025', 'yesterday', '2025-13-01', '2025-02-30', '2025-02-29'])(
    'rejects the date %s',
    (d) => {
      expect(() => parseArgs(['--published', d, 'a.txt'])).toThrow(UsageError);
    },
  );

  it.each(['ftp://a.example/x', 'a.example/x', 'javascript:alert(1)', 'https://', '--json'])(
    'rejects the URL %s',
    (u) => {
      expect(() => parseArgs(['--url', u, 'a.txt'])).toThrow(UsageError);
    },
  );

  it.each([['--verbose'], ['--json=true'], ['--url'], ['a.txt', '--published']])(
    'rejects unknown options and missing values: %s',
    (...argv) => {
      expect(() => parseArgs(argv)).toThrow(UsageError);
    },
  );
});
