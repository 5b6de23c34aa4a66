import type { CoursePackage, Question } from '../courseTypes';
import type { SourcePlace } from '../problemSink';
import type { CourseSources, ItemSource } from './itemSources';

/*
 * The item-writing rules of course:check (NBME Item-Writing Guide, 6th edition). Like markdown-it's rules, each
 * rule lives in its own file of this folder and is listed once, in order, in itemRuler.ts. A rule reads the
 * loaded course and reports warnings; it never changes anything and never fails a load.
 */

/** A quiz or the post-test: the items a learner meets together. */
export interface ItemBank {
  /** 'post-test', or the module's id. */
  name: string;
  label: string;
  shuffleOptions: boolean;
  items: LintItem[];
}

/** One item, its bank, the plain words of its parts, and where they are written. */
export interface LintItem {
  question: Question;
  bank: ItemBank;
  /** The file the item is written in. */
  file: string;
  stem: string;
  explanation: string;
  /** The options as shown (none for true-false), their words without markup. */
  options: { id: string; text: string; why: string | null }[];
  source: ItemSource | null;
}

/** What a rule reads. */
export interface ItemRuleContext {
  course: CoursePackage;
  banks: ItemBank[];
  sources: CourseSources;
}

/** Reports one flaw at a place; the rule's id is added to the message by the runner. */
export type ReportFlaw = (place: SourcePlace, message: string) => void;

/** One item-writing rule. */
export interface ItemRule {
  /** Lower-case words joined by hyphens, shown with every warning and used in docs/course-authoring.md. */
  id: string;
  check(context: ItemRuleContext, report: ReportFlaw): void;
}

/** Where an item's key is written, or the item's own place when its source could not be read. */
export function placeOfKey(item: LintItem, key: string): SourcePlace {
  return item.source?.values.get(key)?.place ?? itemPlace(item);
}

/** Where an item starts. */
export function itemPlace(item: LintItem): SourcePlace {
  return item.source?.place ?? { file: item.file, line: 1, column: 1 };
}

/** Where a phrase of one of an item's values is written. */
export function locateIn(item: LintItem, key: string, phrase: string): SourcePlace {
  return item.source?.values.get(key)?.locate(phrase) ?? itemPlace(item);
}

/** Where a phrase of an option's text or `why` is written (the option's index as written in the file). */
export function locateInOption(
  item: LintItem,
  index: number,
  part: 'text' | 'why',
  phrase?: string,
): SourcePlace {
  const option = item.source?.options[index];
  const value = option?.[part];
  if (value) return phrase === undefined ? value.place : value.locate(phrase);
  return option?.place ?? itemPlace(item);
}
