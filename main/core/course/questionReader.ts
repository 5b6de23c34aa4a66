import type { Question, QuestionOption, QuestionType } from './courseTypes';
import { isValidId } from './formatPatterns';
import { IdRegistry } from './idRegistry';
import { readObjectiveIds } from './objectiveList';
import type { ObjectiveRef } from './objectiveList';
import type { SourcePlace } from './problemSink';
import { closestKey } from './closestKey';
import { describeValue, scalarText, YamlMapReader } from './yamlMapReader';
import type { ReadContext } from './yamlMapReader';
import { isBooleanValue, YamlList } from './yamlValues';
import type { YamlValue } from './yamlValues';

const QUESTION_KEYS = [
  ...['id', 'type', 'stem', 'options', 'answer', 'explanation', 'reference', 'objective'],
  ...['objectives', 'section'],
];
const POST_TEST_QUESTION_KEYS = [...QUESTION_KEYS, 'module'];
const OPTION_KEYS = ['id', 'text', 'why'];
const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'true-false'];
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 6;

/**
 * Where a question sits: in a module's quiz, whose headings its `section` names, or in the post-test, where it may
 * name its `module` (a module id, with that module's heading ids; null headings for a module that has errors).
 */
export type QuestionPlacement =
  | { kind: 'module'; headingIds: ReadonlySet<string> }
  | {
      kind: 'post-test';
      modules: ReadonlyMap<string, ReadonlySet<string> | null>;
      /** True when the blueprint groups items by module, so every item must name its module. */
      requireModule: boolean;
    };

/** What a question is read against: the objectives its `objective` may point at, and the course's question ids. */
export interface QuestionScope {
  objectiveCount: number;
  /** Whose objectives those are, like 'module "origins"'. */
  objectiveOwner: string;
  questionIds: IdRegistry;
  /** Collects the ids in each item's `objectives`; they are checked once every objective of the course is known. */
  objectiveRefs: ObjectiveRef[];
  placement: QuestionPlacement;
}

/**
 * Reads one question (a module's ```question block or a post-test item). Returns null when anything in it is
 * wrong; every problem has been reported.
 */
export function readQuestion(
  ctx: ReadContext,
  value: YamlValue | null,
  at: SourcePlace,
  scope: QuestionScope,
): Question | null {
  const errorsBefore = ctx.sink.errorCount();
  const keys = scope.placement.kind === 'post-test' ? POST_TEST_QUESTION_KEYS : QUESTION_KEYS;
  const q = YamlMapReader.open(ctx, value, 'this question', at, keys);
  if (!q) return null;
  const id = q.id('id', true);
  if (id) {
    q.rename(`question "${id}"`);
    scope.questionIds.claim(id, q.valuePlace('id'), ctx.sink);
  }
  const type = readType(q);
  const module = readModuleId(q, scope.placement);
  const base = {
    id: id ?? '',
    stem: q.text('stem', true) ?? '',
    explanation: q.text('explanation', true) ?? '',
    reference: q.text('reference', false),
    objective: readObjective(q, scope),
    objectives: readObjectiveIds(q, scope.objectiveRefs),
    section: readSection(q, scope.placement, module),
    module,
    extensions: q.extensions,
  };
  const question = type ? readAnswer(q, type, base) : null;
  return ctx.sink.errorCount() === errorsBefore ? question : null;
}

function readType(q: YamlMapReader): QuestionType | null {
  const type = q.text('type', true);
  if (type === null) return null;
  if ((QUESTION_TYPES as readonly string[]).includes(type)) return type as QuestionType;
  q.fail('type', `"type" of ${q.label} must be one of ${QUESTION_TYPES.join(', ')}, not "${type}".`, true);
  return null;
}

function readObjective(q: YamlMapReader, scope: QuestionScope): number | null {
  const objective = q.count('objective', false, 1);
  if (objective === null || objective <= scope.objectiveCount) return objective;
  q.fail(
    'objective',
    `"objective: ${objective}" in ${q.label} points past the ${scope.objectiveCount} objective(s) of ` +
      `${scope.objectiveOwner}; use a number from 1 to ${scope.objectiveCount}.`,
    true,
  );
  return null;
}

/** A post-test item's `module`: the id of a module of the course. */
function readModuleId(q: YamlMapReader, placement: QuestionPlacement): string | null {
  if (placement.kind !== 'post-test') return null;
  if (placement.requireModule && !q.has('module')) {
    q.ctx.sink.error(
      q.keyPlace('id'),
      `${q.label} needs "module": the post-test blueprint is by module, so every item names the module it draws on.`,
    );
    return null;
  }
  const module = q.id('module', false);
  if (module === null || placement.modules.has(module)) return module;
  const suggestion = closestKey(module, [...placement.modules.keys()]);
  q.fail(
    'module',
    `"module: ${module}" in ${q.label} is not a module id of this course` +
      (suggestion ? `; did you mean "${suggestion}"?` : "; use the id from a module's front matter."),
    true,
  );
  return null;
}

/** `section`: a heading id in the item's module, to review when the item is missed. */
function readSection(q: YamlMapReader, placement: QuestionPlacement, module: string | null): string | null {
  const section = q.text('section', false);
  if (section === null) return null;
  let headings: ReadonlySet<string> | null | undefined;
  if (placement.kind === 'module') headings = placement.headingIds;
  else if (module !== null) headings = placement.modules.get(module);
  else if (!q.has('module') && !placement.requireModule) {
    q.fail('section', `"section" in ${q.label} names a heading of a module; add "module" to say which one.`);
    return null;
  }
  if (!headings || headings.has(section)) return section;
  const suggestion = closestKey(section, [...headings]);
  q.fail(
    'section',
    `"section: ${section}" in ${q.label} is not a heading id of its module` +
      (suggestion
        ? `; did you mean "${suggestion}"?`
        : '; heading ids are the heading text in lowercase with hyphens.'),
    true,
  );
  return null;
}

type QuestionBase = Omit<Question, 'type' | 'answer' | 'options'>;

function readAnswer(q: YamlMapReader, type: QuestionType, base: QuestionBase): Question | null {
  // The questions are written out key by key: spreading `base` into them took V8's slow path, once per question
  // (with the other objects written out for V8, measured in issue 19: see render/renderContext.ts).
  const { id, stem, explanation, reference, objective, objectives, section, module, extensions } = base;
  if (type === 'true-false') {
    if (q.has('options')) {
      q.fail(
        'options',
        `${q.label} is true-false, so it has no options; remove "options" (the choices are true and false).`,
      );
    }
    const answer = q.boolean('answer', true);
    return answer === null
      ? null
      : {
          id,
          stem,
          explanation,
          reference,
          objective,
          objectives,
          section,
          module,
          extensions,
          type,
          answer,
        };
  }
  const options = readOptions(q);
  if (options === null) return null;
  const optionIds = options.map((o) => o.id);
  if (type === 'single') {
    const answer = readSingleAnswer(q, optionIds);
    return answer === null
      ? null
      : {
          id,
          stem,
          explanation,
          reference,
          objective,
          objectives,
          section,
          module,
          extensions,
          type,
          options,
          answer,
        };
  }
  const answer = readMultipleAnswer(q, optionIds);
  return answer === null
    ? null
    : {
        id,
        stem,
        explanation,
        reference,
        objective,
        objectives,
        section,
        module,
        extensions,
        type,
        options,
        answer,
      };
}

function readOptions(q: YamlMapReader): QuestionOption[] | null {
  const optionIds = new IdRegistry('option id', `within ${q.label}`);
  const options = q.list('options', true, (item, place) => {
    const option = readOption(q, item, place);
    return option && optionIds.claim(option.option.id, option.idPlace, q.ctx.sink) ? option.option : null;
  });
  if (options === null) return null;
  const written = q.value('options', true);
  const count = written instanceof YamlList ? written.items.length : options.length;
  if (count < MIN_OPTIONS || count > MAX_OPTIONS) {
    q.fail('options', `${q.label} has ${count} option(s); write between ${MIN_OPTIONS} and ${MAX_OPTIONS}.`);
    return null;
  }
  return options;
}

function readOption(
  q: YamlMapReader,
  value: YamlValue,
  place: SourcePlace,
): { option: QuestionOption; idPlace: SourcePlace } | null {
  const option = YamlMapReader.open(q.ctx, value, `an option of ${q.label}`, place, OPTION_KEYS);
  if (!option) return null;
  const id = option.id('id', true);
  const text = option.text('text', true);
  const why = option.text('why', false);
  return id !== null && text !== null
    ? { option: { id, text, why }, idPlace: option.valuePlace('id') }
    : null;
}

function readSingleAnswer(q: YamlMapReader, optionIds: string[]): string | null {
  const answer = q.value('answer', true);
  if (answer === null) return null;
  const id = isBooleanValue(answer) ? null : scalarText(answer);
  if (id === null) {
    q.fail(
      'answer',
      `${q.label} is type single, so "answer" must be one option id (like "answer: b"), not ${describeValue(answer)}. ` +
        'For several correct options use type: multiple.',
      true,
    );
    return null;
  }
  return checkAmongOptions(q, id, optionIds) ? id : null;
}

function readMultipleAnswer(q: YamlMapReader, optionIds: string[]): string[] | null {
  const answer = q.value('answer', true);
  if (answer === null) return null;
  if (!(answer instanceof YamlList) || answer.items.length === 0) {
    q.fail(
      'answer',
      `${q.label} is type multiple, so "answer" must be a list of option ids (like "answer: [a, c]"), ` +
        `not ${describeValue(answer)}.`,
      true,
    );
    return null;
  }
  const ids = answer.items.map((item) => (isBooleanValue(item) ? null : scalarText(item)));
  if (ids.some((id) => id === null) || new Set(ids).size !== ids.length) {
    q.fail(
      'answer',
      `The "answer" list of ${q.label} must name each correct option id once, like [a, c].`,
      true,
    );
    return null;
  }
  const valid = (ids as string[]).filter((id) => checkAmongOptions(q, id, optionIds));
  return valid.length === ids.length ? valid : null;
}

function checkAmongOptions(q: YamlMapReader, answer: string, optionIds: string[]): boolean {
  if (optionIds.includes(answer)) return true;
  const hint = isValidId(answer) ? '' : ' Option ids are lowercase, like a or b.';
  q.fail(
    'answer',
    `The answer "${answer}" of ${q.label} is not one of its option ids (${optionIds.join(', ')}); ` +
      `use one of those.${hint}`,
    true,
  );
  return false;
}
