import { describe, expect, test } from 'vitest';
import { isMap, isPair, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import { readYamlQuickly } from '../../../main/core/course/quickYaml';
import { mapNode, seqNode } from '../../../main/core/course/quickYamlNodes';

const TEXT =
  'id: q1\nx-note:\n  owner: ana\n  tags: [a, "b"]\n  level: 2\noptions:\n  - id: a\n    why: |\n      text\n';

describe('nodes of the quick YAML reader', () => {
  test('are nodes of the yaml classes, which isMap, isSeq, isScalar and isPair recognise', () => {
    const root = readYamlQuickly(TEXT)?.root;
    expect(isMap(root) && root instanceof YAMLMap).toBe(true);
    const map = root as YAMLMap<Scalar, Node>;
    const [id, note, options] = map.items;
    expect(isPair(id) && id instanceof Pair).toBe(true);
    expect(isScalar(id?.key) && id?.key instanceof Scalar).toBe(true);
    expect(id?.value).toMatchObject({ value: 'q1', source: 'q1' });
    expect(isSeq(options?.value) && options?.value instanceof YAMLSeq).toBe(true);
    expect(isMap(note?.value)).toBe(true);
  });

  test('turn into the same plain values as the nodes yaml builds (x- keys are kept that way)', () => {
    const quick = readYamlQuickly(TEXT)?.root as YAMLMap<Scalar, Node>;
    const fromYaml = parseDocument(TEXT).contents as YAMLMap<Scalar, Node>;
    expect(quick.items.map((pair) => pair.value?.toJSON() as unknown)).toEqual(
      fromYaml.items.map((pair) => pair.value?.toJSON() as unknown),
    );
  });

  test('each get their own items, and the shared prototypes stay empty', () => {
    const first = readYamlQuickly('a: [1, 2]\nb:\n  c: 1\n')?.root as YAMLMap<Scalar, YAMLSeq>;
    const second = readYamlQuickly('d: [3]\n')?.root as YAMLMap<Scalar, YAMLSeq>;
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(first.items[0]?.value?.items).toHaveLength(2);
    expect(second.items[0]?.value?.items).toHaveLength(1);
    expect(mapNode().items).toEqual([]);
    expect(seqNode().items).toEqual([]);
    expect(mapNode().items).not.toBe(mapNode().items);
    expect(() => (Object.getPrototypeOf(mapNode()) as YAMLMap).items.push(new Pair(null))).toThrow();
  });
});
