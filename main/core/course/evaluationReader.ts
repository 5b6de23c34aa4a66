import type { Evaluation, EvaluationItem } from './courseTypes';
import { IdRegistry } from './idRegistry';
import { openYamlFile } from './yamlFile';
import { EVALUATION_FILE } from './packageLayout';
import type { ProblemSink, SourcePlace } from './problemSink';
import type { ReadContext } from './yamlMapReader';
import { YamlMapReader } from './yamlMapReader';
import type { YamlValue } from './yamlValues';

const ITEM_TYPES = ['likert', 'choice', 'text'] as const;

/** Reads evaluation.yml when the package has one; null when it is absent or has errors. */
export function readEvaluation(rootDir: string, sink: ProblemSink): Evaluation | null {
  const errorsBefore = sink.errorCount();
  const root = openYamlFile(rootDir, EVALUATION_FILE, ['title', 'items'], sink);
  if (!root) return null;
  const ctx = root.ctx;
  const title = root.text('title', false) ?? 'Course evaluation';
  const itemIds = new IdRegistry('evaluation item id', 'in evaluation.yml');
  const items = root.list('items', true, (item, place) => readItem(ctx, item, place, itemIds));
  if (items !== null && items.length === 0 && sink.errorCount() === errorsBefore) {
    root.fail('items', 'evaluation.yml needs at least one item under "items".');
  }
  return sink.errorCount() === errorsBefore && items ? { title, items, extensions: root.extensions } : null;
}

function readItem(
  ctx: ReadContext,
  value: YamlValue,
  place: SourcePlace,
  itemIds: IdRegistry,
): EvaluationItem | null {
  const item = YamlMapReader.open(ctx, value, 'an evaluation item', place, [
    'id',
    'type',
    'prompt',
    'options',
    'required',
  ]);
  if (!item) return null;
  const id = item.id('id', true);
  if (id !== null) {
    item.rename(`evaluation item "${id}"`);
    itemIds.claim(id, item.valuePlace('id'), ctx.sink);
  }
  const prompt = item.text('prompt', true);
  const required = item.boolean('required', false) ?? true;
  const type = readItemType(item);
  const options = type === 'choice' ? readChoiceOptions(item) : null;
  if (type !== null && type !== 'choice' && item.has('options')) {
    item.fail(
      'options',
      `${item.label} is type ${type}, so it has no options; remove "options" or use type: choice.`,
    );
  }
  if (id === null || prompt === null || type === null) return null;
  if (type !== 'choice') return { id, type, prompt, required };
  return options ? { id, type, prompt, required, options } : null;
}

function readItemType(item: YamlMapReader): (typeof ITEM_TYPES)[number] | null {
  const type = item.text('type', true);
  if (type === null) return null;
  const known = ITEM_TYPES.find((t) => t === type);
  if (known) return known;
  item.fail('type', `"type" of ${item.label} must be one of ${ITEM_TYPES.join(', ')}, not "${type}".`, true);
  return null;
}

function readChoiceOptions(item: YamlMapReader): string[] | null {
  const options = item.textList('options', true);
  if (options === null) return null;
  if (options.length < 2) {
    item.fail('options', `${item.label} is type choice, so it needs at least 2 options, like [Yes, No].`);
    return null;
  }
  if (new Set(options).size !== options.length) {
    item.fail('options', `The options of ${item.label} repeat an option; list each choice once.`);
    return null;
  }
  return options;
}
