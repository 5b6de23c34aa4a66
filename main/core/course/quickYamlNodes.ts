import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';

/*
 * The nodes the quick YAML reader builds. Each `yaml` node constructor marks its instance with Object.defineProperty,
 * which cost the quick reader more than reading the text. These nodes take that mark from their prototype instead:
 * one real, empty node of each class. So they are instances of the same classes, and isScalar/isMap/isSeq/isPair and
 * the node methods (toJSON for `x-` values) see them as nodes `yaml` built. Each node gets its own value, key or
 * items; the templates are never written to (their item lists are frozen, so a mistake would throw, not share).
 */
const SCALAR = new Scalar(null);
const PAIR = new Pair<Scalar, Node>(SCALAR);
const MAP = new YAMLMap<Scalar, Node>();
const SEQ = new YAMLSeq<Node>();
Object.freeze(MAP.items);
Object.freeze(SEQ.items);

/** A scalar node holding `value`; `source` is the text it was written as (keys are read without it). */
export function scalarNode(value: unknown, source?: string): Scalar {
  const node = Object.create(SCALAR) as Scalar;
  node.value = value;
  if (source !== undefined) node.source = source;
  return node;
}

/** A key: value pair node. */
export function pairNode(key: Scalar, value: Node): Pair<Scalar, Node> {
  const node = Object.create(PAIR) as Pair<Scalar, Node>;
  node.key = key;
  node.value = value;
  return node;
}

/** An empty mapping node, its pairs to be pushed onto `items`. */
export function mapNode(): YAMLMap<Scalar, Node> {
  const node = Object.create(MAP) as YAMLMap<Scalar, Node>;
  node.items = [];
  return node;
}

/** An empty list node, its items to be pushed onto `items`. */
export function seqNode(): YAMLSeq<Node> {
  const node = Object.create(SEQ) as YAMLSeq<Node>;
  node.items = [];
  return node;
}
