import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, guardFormula, unguardFormula } from '../../../lib/transfer/csv';
import { CsvParser, type CsvRecord } from '../../../lib/transfer/csv-parser';

/** Parses `text` fed in the given pieces. */
function parse(pieces: string[]): CsvRecord[] {
  const parser = new CsvParser();
  return [...pieces.flatMap((p) => parser.push(p)), ...parser.end()];
}

/** Cuts `text` at the given offsets. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

describe('writing cells', () => {
  it('quotes what RFC 4180 asks and tells null from the empty string', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('""');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['a', null, 'b'])).toBe('a,,b\r\n');
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    for (const hostile of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(hostile).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(guardFormula('132 drones')).toBe('132 drones');
    expect(guardFormula("'=1")).toBe("''=1");
    expect(unguardFormula("''=1")).toBe("'=1");
    // An apostrophe that guards nothing is the writer's own text and stays.
    expect(unguardFormula("'tis")).toBe("'tis");
  });

  it('guards a formula behind spaces or in full-width signs, which spreadsheets run too', () => {
    for (const hostile of [
      ' =HYPERLINK("http://x")',
      '  +1+1',
      '\u00a0=1+1',
      '\u3000-2+3',
      '\uff1dHYPERLINK("http://x")',
      '\uff0b1',
      '\uff0d1',
      '\uff20SUM(A1)',
      ' \uff1d1',
    ]) {
      expect(guardFormula(hostile), JSON.stringify(hostile)).toBe(`'${hostile}`);
      expect(unguardFormula(guardFormula(hostile))).toBe(hostile);
    }
    expect(guardFormula('  132 drones')).toBe('  132 drones');
    expect(guardFormula('\u00a0Kyiv')).toBe('\u00a0Kyiv');
  });

  it('reads back every text exactly, formula prefixes and apostrophes included', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        "'",
        "''=",
        '=1',
        "'+",
        '-',
        '@',
        '\t',
        '\r\n',
        '"',
        ',',
        '',
        ' =1',
        "' \uff1d",
        '\u00a0',
        '\uff20',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.option(cell, { nil: null }), { minLength: 2, maxLength: 6 }),
        (cells) => {
          const [record] = parse([csvLine(cells)]);
          const read = record!.fields.map((f) => (f === null ? null : unguardFormula(f)));
          expect(read).toEqual(cells);
        },
      ),
    );
  });
});

describe('CsvParser', () => {
  it('gives each record the line it starts on, after multi-line quoted fields too', () => {
    const text =
      'h1,h2\r\n' + // 1
      'a,"one\r\ntwo\nthree"\r\n' + // 2-4
      'b,c\n' + // 5
      '\n' + // 6: blank
      '"x\n\ny",z\r' + // 7-9, lone CR ends it
      'last,row'; // 10
    const records = parse([text]);
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['a', 'one\r\ntwo\nthree']],
      [5, ['b', 'c']],
      [7, ['x\n\ny', 'z']],
      [10, ['last', 'row']],
    ]);
  });

  it('drops a byte order mark and reads "" as an empty text, nothing as null', () => {
    const [record] = parse(['\uFEFFid,"",,x\n']);
    expect(record!.fields).toEqual(['id', '', null, 'x']);
  });

  it('flags a quoted field the file never closes', () => {
    const records = parse(['a,b\n1,"open\nstill open']);
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringMatching(/not closed/) });
  });

  it('gives the same records however the text is cut into chunks', () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', 'a"b', '\uFEFF'),
    );
    const file = fc
      .array(fc.array(fc.option(field, { nil: null }), { minLength: 1, maxLength: 4 }), {
        minLength: 1,
        maxLength: 8,
      })
      .chain((rows) =>
        fc.tuple(
          fc.constant(rows.map(csvLine).join('')),
          fc.array(fc.nat(), { maxLength: 12 }),
          fc.constantFrom('\r\n', '\n'),
        ),
      );
    fc.assert(
      fc.property(file, ([crlf, at, eol]) => {
        const text = crlf.replace(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g, eol);
        expect(parse(cut(text, at))).toEqual(parse([text]));
      }),
    );
  });
});
