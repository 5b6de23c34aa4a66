import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonSyntaxError } from '../../../main/core/config/jsonSyntaxError';

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locating JSON syntax errors', () => {
  it('names the line, column and cause of common mistakes in a settings file', () => {
    const cases: [string, number, number, string][] = [
      ['{ "a": 1, }', 1, 11, 'comma before it'],
      ["{ 'a': 1 }", 1, 3, 'double quotes'],
      ['{ a: 1 }', 1, 3, 'setting name in double quotes'],
      ['// note\n{ "a": 1 }', 1, 1, 'comments are not allowed'],
      ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a "," is missing'],
      ['{ "a": "C:\\Data" }', 1, 11, 'write each \\ as \\\\'],
      ['{ "a": "x', 1, 10, 'ends inside a quoted text'],
      ['{ "a": "x\ny" }', 1, 10, 'line break or tab'],
      ['{ "a": yes }', 1, 8, 'expected a value'],
      ['{ "a": 01 }', 1, 9, 'not a valid number'],
      ['{ "a": 1 } x', 1, 12, 'after the end'],
      ['  \n ', 2, 2, 'the file is empty'],
      ['{ "a" 1 }', 1, 7, 'expected ":"'],
      ['[1, 2', 1, 6, 'the file ends too early'],
    ];
    for (const [text, line, column, words] of cases) {
      expect(isValidJson(text), text).toBe(false);
      const found = locateJsonSyntaxError(text);
      expect(found, text).toMatchObject({ line, column });
      expect(found?.problem, text).toContain(words);
    }
  });

  it('counts lines across CRLF endings and columns from 1', () => {
    expect(lineAndColumn('ab\r\ncd', 4)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('accepts exactly what JSON.parse accepts, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(locateJsonSyntaxError(text)).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on damaged JSON, and never throws', () => {
    const damaged = fc
      .tuple(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', '\\', "'", '/', ':', 'x', '\n', '0'),
      )
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value);
        const index = at % (text.length + 1);
        return text.slice(0, index) + insert + text.slice(index + (at % 2));
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(locateJsonSyntaxError(text) === undefined).toBe(isValidJson(text));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses deeply nested values without overflowing the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(locateJsonSyntaxError(deep)?.problem).toContain('nested too deeply');
  });
});
