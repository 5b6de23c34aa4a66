import type { Blueprint, BlueprintGroup, Question } from './courseTypes';
import { closestKey } from './closestKey';
import { IdRegistry } from './idRegistry';
import type { SourcePlace } from './problemSink';
import { YamlMapReader } from './yamlMapReader';

const GROUP_KEYS = ['module', 'objective', 'draw'];

/** A blueprint group as written, before the bank's items are sorted into it. */
export interface WrittenGroup {
  by: Blueprint['by'];
  id: string;
  draw: number;
  drawPlace: SourcePlace;
}

/** What a blueprint's groups may name: the course's module ids and every objective id of the course. */
export interface BlueprintNames {
  moduleIds: ReadonlySet<string>;
  objectiveIds: ReadonlySet<string>;
}

/**
 * Reads `blueprint`: a list of groups, each naming one module or one objective and how many items an attempt draws
 * from it. All groups name the same kind; each name is used once. Null when absent or when any group is wrong.
 */
export function readBlueprintGroups(root: YamlMapReader, names: BlueprintNames): WrittenGroup[] | null {
  const errorsBefore = root.ctx.sink.errorCount();
  const used = new IdRegistry('blueprint group', 'in the blueprint');
  let kind: Blueprint['by'] | null = null;
  const groups = root.list('blueprint', false, (item, place) => {
    const group = YamlMapReader.open(root.ctx, item, 'a blueprint group', place, GROUP_KEYS);
    if (!group) return null;
    const by = groupKind(group);
    const id = by === null ? null : group.id(by, true);
    const draw = group.count('draw', true, 1);
    if (by === null || id === null || draw === null) return null;
    kind ??= by;
    if (by !== kind) {
      group.fail(by, `Every group of the blueprint must name a ${kind}; a bank uses one kind of group only.`);
      return null;
    }
    if (!used.claim(id, group.valuePlace(by), root.ctx.sink) || !isKnown(group, by, id, names)) return null;
    return { by, id, draw, drawPlace: group.valuePlace('draw') };
  });
  if (groups !== null && groups.length === 0 && root.ctx.sink.errorCount() === errorsBefore) {
    root.fail(
      'blueprint',
      '"blueprint" in post-test.yml needs at least one group (a module or objective and draw).',
    );
  }
  return groups !== null && groups.length > 0 && root.ctx.sink.errorCount() === errorsBefore ? groups : null;
}

function groupKind(group: YamlMapReader): Blueprint['by'] | null {
  const byModule = group.has('module');
  if (byModule !== group.has('objective')) return byModule ? 'module' : 'objective';
  group.ctx.sink.error(
    group.keyPlace(byModule ? 'objective' : 'draw'),
    'A blueprint group names either "module" or "objective" (one of them), and "draw".',
  );
  return null;
}

function isKnown(group: YamlMapReader, by: Blueprint['by'], id: string, names: BlueprintNames): boolean {
  const known = by === 'module' ? names.moduleIds : names.objectiveIds;
  if (known.has(id)) return true;
  const suggestion = closestKey(id, [...known]);
  group.fail(
    by,
    `The blueprint names the ${by} "${id}", which the course does not have` +
      (suggestion ? `; did you mean "${suggestion}"?` : '.'),
    true,
  );
  return false;
}

/**
 * Sorts the bank's items into the groups and checks each has enough to draw from. By module, an item joins the
 * group of its `module`; by objective, the first group (in blueprint order) whose objective it lists, so that no
 * item can be drawn twice. Items in no group are never drawn, which is a warning.
 */
export function fillBlueprint(
  groups: readonly WrittenGroup[],
  questions: readonly Question[],
  itemPlaces: ReadonlyMap<string, SourcePlace>,
  root: YamlMapReader,
): Blueprint | null {
  const by = groups[0]?.by ?? 'module';
  const filled: BlueprintGroup[] = groups.map((group) => ({
    id: group.id,
    draw: group.draw,
    questionIds: [],
  }));
  for (const question of questions) {
    const group = filled.find((candidate) =>
      by === 'module' ? question.module === candidate.id : question.objectives.includes(candidate.id),
    );
    if (group) group.questionIds.push(question.id);
    else neverDrawn(question, by, itemPlaces, root);
  }
  let enough = true;
  groups.forEach((group, index) => {
    const members = filled[index]?.questionIds.length ?? 0;
    if (members >= group.draw) return;
    enough = false;
    const how =
      by === 'module'
        ? `have "module: ${group.id}"`
        : `list "${group.id}" (and no earlier objective of the blueprint) in "objectives"`;
    root.ctx.sink.error(
      group.drawPlace,
      `The blueprint draws ${group.draw} from the ${by} "${group.id}", but only ${members} item(s) ${how}; ` +
        'lower draw or add items.',
    );
  });
  return enough ? { by, groups: filled } : null;
}

function neverDrawn(
  question: Question,
  by: Blueprint['by'],
  itemPlaces: ReadonlyMap<string, SourcePlace>,
  root: YamlMapReader,
): void {
  const place = itemPlaces.get(question.id) ?? root.keyPlace('questions');
  const named = by === 'module' ? 'its module' : 'any of its objectives';
  root.ctx.sink.warning(
    place,
    `Question "${question.id}" is in no blueprint group (the blueprint does not name ${named}), so no attempt draws it.`,
  );
}
