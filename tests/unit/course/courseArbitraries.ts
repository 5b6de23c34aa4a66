import fc from 'fast-check';
import { stringify } from 'yaml';
import type { EvaluationItem, Question } from '../../../main/core/course/courseTypes';

interface ExpectedModule {
  id: string;
  title: string;
  minutes: number;
  objectives: string[];
  questions: Question[];
  words: number;
}

interface PostTestParts {
  questions: Question[];
  draw: number;
  blueprint: null;
  shuffleOptions: boolean;
  maxAttempts: number | null;
  /** Not written, so the format's default for the post-test. */
  feedback: 'after_pass';
}

/** A generated package: its files, and what loading them must give back. */
export interface GeneratedCourse {
  files: Record<string, string>;
  expected: {
    id: string;
    title: string;
    objectives: string[];
    modules: ExpectedModule[];
    postTest: PostTestParts | null;
    evaluation: EvaluationItem[] | null;
    totalMinutes: number;
  };
}

/** The first module gets this many extra words, so every course earns at least 0.25 credit hours. */
const FILLER_WORDS = 2100;

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const wordArb = fc.stringMatching(/^[a-z]{1,10}$/);
/** Text with characters that trouble YAML (quotes, colons, #, &, *, |, >, newlines) but no backticks. */
const textArb = fc
  .string({
    unit: fc.constantFrom(...'abcXYZ019 :#-"\'|>&*!%@é—\n?,.[]{}'.split('')),
    minLength: 1,
    maxLength: 30,
  })
  .filter((s) => s.trim() !== '');
const objectivesArb = fc.array(textArb, { minLength: 1, maxLength: 3 });

const optionsArb = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 2, maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({ id: fc.constant(id), text: textArb, why: fc.option(textArb, { nil: null }) }),
      ),
    ),
  );

function questionArb(id: string, objectiveCount: number): fc.Arbitrary<Question> {
  const base = fc.record({
    id: fc.constant(id),
    stem: textArb,
    explanation: textArb,
    reference: fc.option(textArb, { nil: null }),
    objective: fc.option(fc.integer({ min: 1, max: objectiveCount }), { nil: null }),
    objectives: fc.constant<string[]>([]),
    section: fc.constant(null),
    module: fc.constant(null),
    extensions: fc.constant({}),
  });
  const trueFalse = fc
    .tuple(base, fc.boolean())
    .map(([b, answer]): Question => ({ ...b, type: 'true-false', answer }));
  const single = fc
    .tuple(base, optionsArb)
    .chain(([b, options]) =>
      fc
        .constantFrom(...options.map((o) => o.id))
        .map((answer): Question => ({ ...b, type: 'single', options, answer })),
    );
  const multiple = fc.tuple(base, optionsArb).chain(([b, options]) =>
    fc
      .subarray(
        options.map((o) => o.id),
        { minLength: 1 },
      )
      .map((answer): Question => ({ ...b, type: 'multiple', options, answer })),
  );
  return fc.oneof(trueFalse, single, multiple);
}

function questionsArb(prefix: string, count: number, objectiveCount: number): fc.Arbitrary<Question[]> {
  return fc.tuple(
    ...Array.from({ length: count }, (_, i) => questionArb(`${prefix}-${i + 1}`, objectiveCount)),
  );
}

/** A question in the author's key names, leaving out what is unset. */
function questionFields(q: Question): Record<string, unknown> {
  const fields: Record<string, unknown> = { id: q.id, type: q.type, stem: q.stem };
  if (q.type !== 'true-false') {
    fields.options = q.options.map((o) => (o.why === null ? { id: o.id, text: o.text } : o));
  }
  fields.answer = q.answer;
  fields.explanation = q.explanation;
  if (q.reference !== null) fields.reference = q.reference;
  if (q.objective !== null) fields.objective = q.objective;
  return fields;
}

const moduleArb = fc.record({
  title: textArb,
  objectives: objectivesArb,
  headings: fc.array(fc.array(wordArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  paragraphs: fc.array(fc.array(wordArb, { minLength: 1, maxLength: 60 }), { maxLength: 4 }),
  questionCount: fc.integer({ min: 1, max: 4 }),
});
type ModuleParts = typeof moduleArb extends fc.Arbitrary<infer T> ? T & { questions: Question[] } : never;

function evaluationItemArb(id: string): fc.Arbitrary<EvaluationItem> {
  const base = { id: fc.constant(id), prompt: textArb, required: fc.boolean() };
  return fc.oneof(
    fc.record({ ...base, type: fc.constant('likert' as const) }),
    fc.record({ ...base, type: fc.constant('text' as const) }),
    fc.record({
      ...base,
      type: fc.constant('choice' as const),
      options: fc.uniqueArray(textArb, { minLength: 2, maxLength: 4 }),
    }),
  );
}

const shapeArb = fc.record({
  id: idArb,
  title: textArb,
  objectives: objectivesArb,
  moduleIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
  postTestSize: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  evaluationIds: fc.option(fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }), { nil: null }),
});
type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

function partsArb(shape: Shape) {
  const modules = fc.tuple(...shape.moduleIds.map(() => moduleArb)).chain((mods) =>
    fc.tuple(
      ...mods.map((m, i) =>
        questionsArb(`m${i}`, m.questionCount, m.objectives.length).map((questions) => ({
          ...m,
          questions,
        })),
      ),
    ),
  );
  const size = shape.postTestSize;
  const postTest: fc.Arbitrary<PostTestParts | null> =
    size === null
      ? fc.constant(null)
      : fc.record({
          questions: questionsArb('post', size, shape.objectives.length),
          draw: fc.integer({ min: 1, max: size }),
          blueprint: fc.constant(null),
          shuffleOptions: fc.boolean(),
          maxAttempts: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
          feedback: fc.constant('after_pass' as const),
        });
  const ids = shape.evaluationIds;
  const evaluation = ids === null ? fc.constant(null) : fc.tuple(...ids.map(evaluationItemArb));
  return fc.record({ shape: fc.constant(shape), modules, postTest, evaluation });
}

/** A complete, valid package of 1 to 3 modules with an optional post-test and evaluation. */
export const generatedCourseArb: fc.Arbitrary<GeneratedCourse> = shapeArb
  .chain(partsArb)
  .map(({ shape, modules, postTest, evaluation }) => assemble(shape, modules, postTest, evaluation));

function moduleFile(
  id: string,
  m: ModuleParts,
  fillerWords: number,
): { text: string; module: ExpectedModule } {
  const filler = Array.from({ length: fillerWords }, () => 'filler').join(' ');
  const body = [
    ...m.headings.map((h) => `## ${h.join(' ')}`),
    ...m.paragraphs.map((p) => p.join(' ')),
    filler,
  ];
  const words = [...m.headings, ...m.paragraphs].reduce((sum, ws) => sum + ws.length, 0) + fillerWords;
  const minutes = Math.round((words / 150 + m.questions.length * 1.85) * 10) / 10;
  const head = stringify({ id, title: m.title, minutes, objectives: m.objectives });
  const blocks = m.questions.map((q) => '```question\n' + stringify(questionFields(q)) + '```\n');
  const text = `---\n${head}---\n\n${body.join('\n\n')}\n\n${blocks.join('\n')}`;
  return {
    text,
    module: { id, title: m.title, minutes, objectives: m.objectives, questions: m.questions, words },
  };
}

function assemble(
  shape: Shape,
  modules: ModuleParts[],
  postTest: PostTestParts | null,
  evaluation: EvaluationItem[] | null,
): GeneratedCourse {
  const files: Record<string, string> = {};
  const expectedModules = modules.map((m, i) => {
    const id = shape.moduleIds[i] ?? `module-${i}`;
    const { text, module } = moduleFile(id, m, i === 0 ? FILLER_WORDS : 0);
    files[`modules/${String(i + 1).padStart(2, '0')}-${id}.md`] = text;
    return module;
  });
  const moduleMinutes = expectedModules.reduce(
    (sum, m) => sum + m.words / 150 + m.questions.length * 1.85,
    0,
  );
  const totalMinutes = moduleMinutes + (postTest?.draw ?? 0) * 1.85 + (evaluation ? 5 : 0);
  files['course.yml'] = stringify({
    format: 1,
    id: shape.id,
    version: '1.0.0',
    title: shape.title,
    language: 'en',
    summary: 'A generated course.',
    release_date: '2026-01-01',
    review_date: '2026-01-01',
    expiry_date: '2027-01-01',
    provider: { name: 'Generator' },
    credit: { hours: Math.floor(((totalMinutes * 1.1) / 60) * 4) / 4 },
    objectives: shape.objectives,
    modules: Object.keys(files).sort(),
  });
  if (postTest) {
    files['post-test.yml'] = stringify({
      draw: postTest.draw,
      shuffle_options: postTest.shuffleOptions,
      ...(postTest.maxAttempts === null ? {} : { max_attempts: postTest.maxAttempts }),
      questions: postTest.questions.map(questionFields),
    });
  }
  if (evaluation) files['evaluation.yml'] = stringify({ title: 'Evaluation', items: evaluation });
  const expected = {
    id: shape.id,
    title: shape.title,
    objectives: shape.objectives,
    modules: expectedModules,
    postTest,
    evaluation,
    totalMinutes,
  };
  return { files, expected };
}
