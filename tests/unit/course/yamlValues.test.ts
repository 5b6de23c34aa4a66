import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ProblemSink } from '../../../main/core/course/problemSink';
import { readYamlQuickly } from '../../../main/core/course/quickYaml';
import { parseYaml } from '../../../main/core/course/yamlSource';
import { describeValue, scalarText } from '../../../main/core/course/yamlMapReader';
import { isEmptyValue, toPlainData, YamlMapping } from '../../../main/core/course/yamlValues';
import type { YamlValue } from '../../../main/core/course/yamlValues';

const TEXT = [
  'id: q1',
  'x-note:',
  '  owner: ana',
  '  tags: [a, "b", 3]',
  '  level: 2.50',
  '  done: false',
  '  empty:',
  '  nested:',
  '    - why: |',
  '        text',
  '',
].join('\n');

function withPlaces(text: string): YamlValue | null {
  return parseYaml({ file: 'test.yml', text, firstLine: 1 }, new ProblemSink())?.root ?? null;
}

function valueOf(root: YamlValue | null, key: string): YamlValue {
  if (!(root instanceof YamlMapping)) throw new Error('not a mapping');
  return root.values[root.keys.indexOf(key)] as YamlValue;
}

describe('YAML values', () => {
  test('become the plain data yaml gives, whichever way the text was read (x- keys keep them so)', () => {
    const expected = (parse(TEXT) as Record<string, unknown>)['x-note'];
    expect(toPlainData(valueOf(withPlaces(TEXT), 'x-note'))).toEqual(expected);
    expect(toPlainData(valueOf(readYamlQuickly(TEXT)?.root ?? null, 'x-note'))).toEqual(expected);
  });

  test('keep numbers and true/false as written, and tell empty values apart', () => {
    const note = valueOf(readYamlQuickly(TEXT)?.root ?? null, 'x-note');
    expect(scalarText(valueOf(note, 'level'))).toBe('2.50');
    expect(describeValue(valueOf(note, 'level'))).toBe('the number 2.50');
    expect(describeValue(valueOf(note, 'done'))).toBe('the value false');
    expect(isEmptyValue(valueOf(note, 'empty'))).toBe(true);
    expect(isEmptyValue(valueOf(note, 'owner'))).toBe(false);
    expect(describeValue(valueOf(note, 'tags'))).toBe('a list');
  });

  test('read with places carry the offset of every key and value', () => {
    const root = withPlaces('a: 1\nlist:\n  - x\n  - y\n') as YamlMapping;
    expect(root.keyOffsets).toEqual([0, 5]);
    expect(root.valueOffsets?.[0]).toBe(3);
    const list = root.values[1];
    expect(list && typeof list === 'object' && 'offsets' in list ? list.offsets : null).toEqual([15, 21]);
  });

  test('keep a key named __proto__ as a plain key', () => {
    const data = toPlainData(valueOf(withPlaces('x-a:\n  __proto__: 1\n'), 'x-a')) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });
});
