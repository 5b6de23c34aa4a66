import type { CoursePackage } from '../courseTypes';
import { splitFrontMatter } from '../frontMatter';
import { readPackageText } from '../packageFiles';
import { MANIFEST_FILE, POST_TEST_FILE } from '../packageLayout';
import { ProblemSink } from '../problemSink';
import type { SourcePlace } from '../problemSink';
import { splitQuestionBlocks } from '../questionBlocks';
import { courseMarkdown } from '../render/courseMarkdown';
import { parseYaml } from '../yamlSource';
import type { YamlPlaces, YamlText } from '../yamlSource';
import { YamlList, YamlMapping } from '../yamlValues';
import type { YamlValue } from '../yamlValues';

/*
 * Where each part of each item is written. The loader keeps no places for a package without problems (its quick
 * pass has none), so the item rules read the package's YAML again, with places: course:check is the only caller,
 * and the player's load stays as fast as it was.
 */

/** A value in a file: where it starts, and where a phrase of it is written. */
export class SourceValue {
  constructor(
    readonly place: SourcePlace,
    private readonly yaml: YamlText,
    private readonly places: YamlPlaces,
    /** Where the value starts in the YAML text, and where it ends (the next line indented no deeper than its key). */
    private readonly range: [number, number],
  ) {}

  /**
   * Where `phrase` is written in this value (its first appearance, matched without regard to case), or the value's
   * start when it is not written as such (markup or a folded line break inside it).
   */
  locate(phrase: string): SourcePlace {
    const [start, end] = this.range;
    const at = this.yaml.text.slice(start, end).toLowerCase().indexOf(phrase.toLowerCase());
    return at === -1 ? this.place : this.places.at([start + at], 0);
  }
}

/** The places of one option: the option itself, and its text and `why` when written. */
export interface OptionSource {
  place: SourcePlace;
  text: SourceValue | null;
  why: SourceValue | null;
}

/** The places of one item. */
export interface ItemSource {
  /** Where the item starts (its first key). */
  place: SourcePlace;
  /** The item's keys that have a value, by key. */
  values: ReadonlyMap<string, SourceValue>;
  options: OptionSource[];
}

/** Places of every item by question id, and of every objective by owner ('course' or a module id) and index. */
export interface CourseSources {
  items: ReadonlyMap<string, ItemSource>;
  objectives: ReadonlyMap<string, SourcePlace[]>;
}

/** Reads the places of a loaded course's items and objectives from its files. */
export function readCourseSources(course: CoursePackage): CourseSources {
  const items = new Map<string, ItemSource>();
  const objectives = new Map<string, SourcePlace[]>();
  const manifest = readYamlFile(course.rootDir, MANIFEST_FILE, 1);
  if (manifest) objectives.set('course', listPlaces(manifest, 'objectives'));
  for (const module of course.modules) {
    const read = readPackageText(course.rootDir, module.file);
    if (read.kind !== 'text') continue;
    const split = splitFrontMatter(read.text, module.file, new ProblemSink());
    if (!split) continue;
    const head = parsed({ file: module.file, text: split.yaml, firstLine: split.yamlFirstLine });
    if (head) objectives.set(module.id, listPlaces(head, 'objectives'));
    const tokens = courseMarkdown().parse(split.body, {});
    const where = { file: module.file, bodyFirstLine: split.bodyFirstLine };
    for (const block of splitQuestionBlocks(split.body, tokens, where, new ProblemSink()).blocks) {
      const item = parsed({ file: module.file, text: block.yaml, firstLine: block.yamlFirstLine });
      if (item) addItem(items, item, item.root);
    }
  }
  const bank = readYamlFile(course.rootDir, POST_TEST_FILE, 1);
  const questions = bank ? valueOf(bank.root, 'questions') : null;
  if (bank && questions instanceof YamlList) for (const item of questions.items) addItem(items, bank, item);
  return { items, objectives };
}

interface Parsed {
  yaml: YamlText;
  root: YamlValue | null;
  places: YamlPlaces;
}

function parsed(yaml: YamlText): Parsed | null {
  const result = parseYaml(yaml, new ProblemSink());
  return result ? { yaml, root: result.root, places: result.places } : null;
}

function readYamlFile(rootDir: string, file: string, firstLine: number): Parsed | null {
  const read = readPackageText(rootDir, file);
  return read.kind === 'text' ? parsed({ file, text: read.text, firstLine }) : null;
}

function valueOf(mapping: YamlValue | null, key: string): YamlValue | null {
  if (!(mapping instanceof YamlMapping)) return null;
  const index = mapping.keys.indexOf(key);
  return index === -1 ? null : (mapping.values[index] ?? null);
}

function listPlaces(file: Parsed, key: string): SourcePlace[] {
  const list = valueOf(file.root, key);
  return list instanceof YamlList ? list.items.map((_, index) => file.places.at(list.offsets, index)) : [];
}

/** The values of a mapping's keys, each with its place. */
function mappingValues(file: Parsed, mapping: YamlMapping): Map<string, SourceValue> {
  const values = new Map<string, SourceValue>();
  mapping.keys.forEach((key, index) => {
    const offset = mapping.valueOffsets?.[index] ?? -1;
    const keyOffset = mapping.keyOffsets?.[index] ?? 0;
    if (typeof key !== 'string' || offset < 0) return;
    const range: [number, number] = [offset, valueEnd(file.yaml.text, keyOffset)];
    values.set(
      key,
      new SourceValue(file.places.at(mapping.valueOffsets, index), file.yaml, file.places, range),
    );
  });
  return values;
}

function addItem(items: Map<string, ItemSource>, file: Parsed, item: YamlValue | null): void {
  if (!(item instanceof YamlMapping)) return;
  const values = mappingValues(file, item);
  const id = valueOf(item, 'id');
  if (typeof id !== 'string' || items.has(id)) return;
  const list = valueOf(item, 'options');
  const options: OptionSource[] =
    list instanceof YamlList
      ? list.items.map((option, index) => {
          const optionValues = option instanceof YamlMapping ? mappingValues(file, option) : new Map();
          return {
            place: file.places.at(list.offsets, index),
            text: optionValues.get('text') ?? null,
            why: optionValues.get('why') ?? null,
          };
        })
      : [];
  items.set(id, { place: file.places.at(item.keyOffsets, 0), values, options });
}

/** Where the value of the key at `keyOffset` ends: at the first later line that is indented no deeper than the key. */
function valueEnd(text: string, keyOffset: number): number {
  const keyColumn = keyOffset - (text.lastIndexOf('\n', keyOffset - 1) + 1);
  let lineStart = text.indexOf('\n', keyOffset) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && indent <= keyColumn) return lineStart;
    lineStart = lineEnd + 1;
  }
  return text.length;
}
