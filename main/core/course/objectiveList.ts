import { isValidId } from './formatPatterns';
import type { SourcePlace } from './problemSink';
import { describeValue, scalarText, YamlMapReader } from './yamlMapReader';
import type { YamlValue } from './yamlValues';

/** An objective as written: its text, its id when it has one, and where it is written. */
export interface ObjectiveEntry {
  text: string;
  id: string | null;
  /** The place of the id when there is one, else of the list item. */
  place: SourcePlace;
}

/** An objective id named by an item (`objectives: [...]`) or a blueprint group, and where. */
export interface ObjectiveRef {
  id: string;
  place: SourcePlace;
}

/**
 * Reads an `objectives` list whose items are plain text (format 1 as before) or `{id, text}` mappings. Null when
 * the key is absent or not a list; every problem is reported.
 */
export function readObjectiveList(reader: YamlMapReader, required: boolean): ObjectiveEntry[] | null {
  return reader.list('objectives', required, (item, place) => readObjective(reader, item, place));
}

function readObjective(reader: YamlMapReader, item: YamlValue, place: SourcePlace): ObjectiveEntry | null {
  const text = scalarText(item);
  if (text !== null) return { text, id: null, place };
  const objective = YamlMapReader.open(
    reader.ctx,
    item,
    `an objective in ${reader.label} (plain text, or "id" and "text")`,
    place,
    ['id', 'text'],
  );
  if (!objective) return null;
  const id = objective.id('id', true);
  const written = objective.text('text', true);
  return id === null || written === null ? null : { text: written, id, place: objective.valuePlace('id') };
}

/** Reads a list of objective ids (an item's `objectives`), collecting each with its place. */
export function readObjectiveIds(reader: YamlMapReader, refs: ObjectiveRef[]): string[] {
  const ids = reader.list('objectives', false, (item, place) => {
    const id = scalarText(item);
    if (id !== null && isValidId(id)) {
      refs.push({ id, place });
      return id;
    }
    reader.ctx.sink.error(
      place,
      `Each item of "objectives" in ${reader.label} must be an objective id (like origins-approval), ` +
        `not ${describeValue(item)}.`,
    );
    return null;
  });
  return ids ?? [];
}
