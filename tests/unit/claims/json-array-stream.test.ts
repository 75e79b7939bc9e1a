import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JsonClaimsSplitter,
  type JsonElement,
  type SplitterOptions,
} from '../../../lib/claims/json-array-stream';

function split(
  pieces: string[],
  options?: SplitterOptions,
): { elements: JsonElement[]; splitter: JsonClaimsSplitter } {
  const splitter = new JsonClaimsSplitter(options);
  const elements = [...pieces.flatMap((p) => splitter.push(p)), ...splitter.end()];
  return { elements, splitter };
}

describe('JsonClaimsSplitter', () => {
  it('gives each claim of a claims list with the line it starts on', () => {
    const text = [
      '{"format": "claims-list/1", "id": "x", "note": {"claims": [1]},', // 1
      ' "claims": [', // 2
      '  {"text": "a ] } [ {", "quote": "say \\"hi\\" \\\\"},', // 3
      '  {', // 4
      '    "text": "b"', // 5
      '  }, [1, {"x": []}]', // 6
      ' ],', // 7
      ' "deleted": ["c_1"]}', // 8
    ].join('\n');
    const { elements, splitter } = split([text]);
    expect(elements).toEqual([
      { line: 3, index: 0, text: '{"text": "a ] } [ {", "quote": "say \\"hi\\" \\\\"}' },
      { line: 4, index: 1, text: '{\n    "text": "b"\n  }' },
      { line: 6, index: 2, text: '[1, {"x": []}]' },
    ]);
    expect(splitter.format).toBe('claims-list/1');
    expect(splitter.sawClaims).toBe(true);
    expect(splitter.error).toBeNull();
  });

  it('reads a bare array of claims', () => {
    const { elements } = split(['[\n{"a":1},\n\n{"b":"]"}\n]\n']);
    expect(elements).toEqual([
      { line: 2, index: 0, text: '{"a":1}' },
      { line: 4, index: 1, text: '{"b":"]"}' },
    ]);
  });

  it('reports a file cut short, and a mismatched bracket, with its line', () => {
    expect(split(['[{"a":1},\n{"b":']).splitter.error).toEqual({
      line: 2,
      message: 'the file ends before the JSON is complete',
    });
    expect(split(['{"claims": [\n{"a": 1]}']).splitter.error).toMatchObject({ line: 2 });
    expect(split(['{"claims": []} {}']).splitter.error?.message).toMatch(/after the end/);
  });

  it('finds no claims in an object without a claims array, and reads a wrong format', () => {
    const { splitter } = split(['{"format": "other/2", "items": [{"a": 1}]}']);
    expect(splitter.sawClaims).toBe(false);
    expect(splitter.format).toBe('other/2');
  });

  it('keeps the members it is asked for as their JSON text, the claims array never', () => {
    const text =
      '{"format":"claims-list/1","id":"x","cursor":null,"note":{"a":[1,"]"]},' +
      '"claims":[{"id":"c_1"}],"deleted":["c_2", "c_\\"3"],"name":"Desk \\u00e9"}';
    const members = ['format', 'id', 'cursor', 'claims', 'deleted', 'name'];
    const { elements, splitter } = split([text], { members, maxMemberChars: 100 });
    expect(elements.map((e) => e.text)).toEqual(['{"id":"c_1"}']);
    expect(Object.fromEntries(splitter.members)).toEqual({
      format: '"claims-list/1"',
      id: '"x"',
      cursor: 'null',
      deleted: '["c_2", "c_\\"3"]',
      name: '"Desk \\u00e9"',
    });
    expect(splitter.root).toBe('object');
    // A claims member that is no array is an ordinary member; one too long is kept as null.
    const odd = split(['{"claims": "none", "format": "', 'x'.repeat(200), '"}'], {
      members,
      maxMemberChars: 100,
    }).splitter;
    expect(odd.sawClaims).toBe(false);
    expect(odd.members.get('claims')).toBe('"none"');
    expect(odd.members.get('format')).toBeNull();
    expect(odd.format).toBeNull();
  });

  it.each([
    ['{"claims": [{"a":1},]}', 'unexpected "]"'],
    ['{"claims": [,{"a":1}]}', 'unexpected ","'],
    ['{"claims": [{"a":1},,{"b":2}]}', 'unexpected ","'],
    ['{"claims" [] }', 'a colon is missing after a member name'],
    ['{"claims": [], }', 'a member name is missing'],
    ['{claims: []}', 'a member name is missing'],
    ['{"claims": , "x": 1}', 'a member has no value'],
    ['x[]', 'a claims file starts with "{" or "["'],
  ])('refuses %s: %s', (text, message) => {
    expect(split([text]).splitter.error).toEqual({ line: 1, message });
  });

  it('gives the same elements however the text is cut into chunks', () => {
    const value = fc.jsonValue();
    const doc = fc
      .tuple(fc.array(value, { maxLength: 6 }), fc.boolean())
      .map(([items, wrapped]) => {
        const body = `[\n${items.map((v) => JSON.stringify(v, null, wrapped ? 1 : 0)).join(',\n')}\n]`;
        return wrapped ? `{"format":"claims-list/1","claims":${body},"deleted":[]}` : body;
      });
    fc.assert(
      fc.property(doc, fc.array(fc.nat(), { maxLength: 10 }), (text, at) => {
        const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = points.map((p, i) => text.slice(points[i - 1] ?? 0, p));
        pieces.push(text.slice(points[points.length - 1] ?? 0));
        const options = { members: ['format', 'deleted'] };
        const whole = split([text], options);
        const cut = split(pieces, options);
        expect(cut.elements).toEqual(whole.elements);
        expect(cut.splitter.members).toEqual(whole.splitter.members);
        expect(whole.splitter.error).toBeNull();
        // Each element is the JSON value that was written.
        expect(whole.elements.map((e) => JSON.parse(e.text))).toEqual(
          JSON.parse(text).claims ?? JSON.parse(text),
        );
      }),
    );
  });
});
