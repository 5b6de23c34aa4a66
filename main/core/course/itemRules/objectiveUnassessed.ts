import type { CoursePackage } from '../courseTypes';
import type { SourcePlace } from '../problemSink';
import type { ItemRule, ItemRuleContext } from './itemRule';

/**
 * `objective-unassessed`: an objective that no item assesses is promised to the learner but never checked. An
 * item assesses an objective by naming its id in `objectives`, or by `objective: N` (a module's objectives for a
 * module question, the course's for a post-test item).
 */
export const objectiveUnassessed: ItemRule = {
  id: 'objective-unassessed',
  check(context, report) {
    const named = namedObjectives(context);
    for (const owner of objectiveOwners(context.course)) {
      owner.ids.forEach((id, index) => {
        if ((id !== null && named.ids.has(id)) || named.indexes.has(`${owner.name}:${index + 1}`)) return;
        const place: SourcePlace = context.sources.objectives.get(owner.name)?.[index] ?? {
          file: owner.file,
          line: 1,
          column: 1,
        };
        const text = owner.texts[index] ?? '';
        report(
          place,
          `No item assesses the objective ${id === null ? `"${shorten(text)}"` : `"${id}"`} of ${owner.label}; ` +
            'name it in the "objectives" of an item that tests it.',
        );
      });
    }
  },
};

function objectiveOwners(course: CoursePackage) {
  return [
    {
      name: 'course',
      label: 'the course',
      file: 'course.yml',
      ids: course.objectiveIds,
      texts: course.objectives,
    },
    ...course.modules.map((module) => ({
      name: module.id,
      label: `module "${module.id}"`,
      file: module.file,
      ids: module.objectiveIds,
      texts: module.objectives,
    })),
  ];
}

/** The objective ids items name, and the `objective: N` indexes they point at (as "owner:N"). */
function namedObjectives({ banks }: ItemRuleContext): { ids: Set<string>; indexes: Set<string> } {
  const ids = new Set<string>();
  const indexes = new Set<string>();
  for (const bank of banks) {
    const owner = bank.name === 'post-test' ? 'course' : bank.name;
    for (const { question } of bank.items) {
      question.objectives.forEach((id) => ids.add(id));
      if (question.objective !== null) indexes.add(`${owner}:${question.objective}`);
    }
  }
  return { ids, indexes };
}

function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
