import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { AttemptView } from '../../../main/contract/attemptSchemas';
import { channels } from '../../../main/contract/channels';
import type { CoursePackage } from '../../../main/core/course/courseTypes';
import {
  answerAndSubmit,
  attemptWorld,
  editCourseFile,
  minimalDir,
  passEveryModuleQuiz,
  questionIndex,
  rightAnswer,
  start,
} from './attemptTestSetup';
import type { AttemptWorld } from './attemptTestSetup';

/*
 * The feedback policy (issue 17, point 1): a submitted attempt shows its answer key, each option's "why" and the
 * explanations only when the assessment's policy allows. The attack: fail the post-test on purpose while attempts
 * remain, read the key from the results, then pass. Checked on the channel output, as the handler returns it and
 * as the contract lets it through.
 */

const courseId = 'hand-hygiene';

/** The texts only feedback may show: explanations, each option's why and the references of these questions. */
function secretTexts(course: CoursePackage, questionIds: readonly string[]): string[] {
  const questions = questionIndex(course);
  return questionIds.flatMap((id) => {
    const q = questions.get(id);
    if (!q) throw new Error(id);
    const whys = q.type === 'true-false' ? [] : q.options.map((o) => o.why ?? '');
    return [q.explanation, q.reference ?? '', ...whys].map((s) => s.trim()).filter((s) => s.length > 0);
  });
}

/** Both forms of a channel's answer: the handler's own and what the contract lets through. */
async function viewsOf(world: AttemptWorld, view: AttemptView): Promise<unknown[]> {
  const got = await world.handlers['attempts.get']({ attemptId: view.attemptId }, world.b);
  return [
    view,
    channels['attempts.submit'].output.parse(view),
    got,
    channels['attempts.get'].output.parse(got),
  ];
}

function expectNoKey(json: unknown, course: CoursePackage, ids: readonly string[]): void {
  const text = JSON.stringify(json);
  expect(text).not.toContain('"correctAnswer"');
  for (const secret of secretTexts(course, ids)) {
    if (text.includes(JSON.stringify(secret).slice(1, -1))) throw new Error(`the key leaked: ${secret}`);
  }
}

async function takePostTest(world: AttemptWorld, right: boolean, id = courseId): Promise<AttemptView> {
  const started = await start(world, world.b, { kind: 'post-test', courseId: id });
  return answerAndSubmit(world, world.b, started, () => right);
}

const failPostTest = (world: AttemptWorld) => takePostTest(world, false);

/** Sets a key of post-test.yml (or adds it on the first line) in the copied package, then reloads the library. */
function setPostTestKey(world: AttemptWorld, key: string, value: string): void {
  const dir = world.packages[0] ?? '';
  editCourseFile(dir, 'post-test.yml', 'questions:', `${key}: ${value}\nquestions:`);
  world.library.refresh();
}

describe('a failed post-test with attempts left does not reveal the key (after_pass, the default)', () => {
  it('attempts.submit and attempts.get carry the score and which questions were wrong, no key', async () => {
    const world = await attemptWorld([minimalDir]);
    const course = world.library.get(courseId);
    await passEveryModuleQuiz(world, world.b, courseId);
    const failed = await failPostTest(world);
    expect(failed).toMatchObject({ status: 'submitted', passed: false, score: 0 });
    const ids = failed.questions.map((q) => q.id);
    for (const view of await viewsOf(world, failed)) {
      expectNoKey(view, course, ids);
      const questions = (view as AttemptView).questions;
      expect(questions.map((q) => q.result?.correct)).toEqual(ids.map(() => false));
    }
  });
});

describe('the policies', () => {
  it('after_pass: a passing attempt shows the key, and so does the failed one read again after it', async () => {
    const world = await attemptWorld([minimalDir]);
    const course = world.library.get(courseId);
    await passEveryModuleQuiz(world, world.b, courseId);
    const failed = await failPostTest(world);
    expect(failed).toMatchObject({ feedbackPolicy: 'after_pass', keyRevealed: false });
    const passed = await takePostTest(world, true);
    expect(passed).toMatchObject({ passed: true, keyRevealed: true });
    expect(passed.questions.every((q) => q.result?.revealed)).toBe(true);
    const again = await world.handlers['attempts.get']({ attemptId: failed.attemptId }, world.b);
    expect(again.keyRevealed).toBe(true);
    const first = again.questions[0];
    const key = questionIndex(course).get(first?.id ?? '');
    if (!first?.result?.revealed || !key) throw new Error('the failed attempt read again shows no key');
    // The key's option ids follow the order the options were shown in.
    const sorted = (answer: unknown) => (Array.isArray(answer) ? [...(answer as string[])].sort() : answer);
    expect(sorted(first.result.correctAnswer)).toEqual(sorted(rightAnswer(key)));
  });

  it('after_last_attempt: no key while attempts remain, the key after the last one', async () => {
    const world = await attemptWorld([minimalDir]);
    editCourseFile(world.packages[0] ?? '', 'post-test.yml', 'max_attempts: 3', 'max_attempts: 2');
    setPostTestKey(world, 'feedback', 'after_last_attempt');
    await passEveryModuleQuiz(world, world.b, courseId);
    const first = await failPostTest(world);
    expect(first).toMatchObject({
      feedbackPolicy: 'after_last_attempt',
      keyRevealed: false,
      attemptsUsed: 1,
    });
    expectNoKey(
      first,
      world.library.get(courseId),
      first.questions.map((q) => q.id),
    );
    const last = await failPostTest(world);
    expect(last).toMatchObject({ keyRevealed: true, attemptsUsed: 2, maxAttempts: 2 });
    expect(JSON.stringify(last)).toContain('"correctAnswer"');
  });

  it('always: a failed post-test shows its key', async () => {
    const world = await attemptWorld([minimalDir]);
    setPostTestKey(world, 'feedback', 'always');
    await passEveryModuleQuiz(world, world.b, courseId);
    const failed = await failPostTest(world);
    expect(failed).toMatchObject({ feedbackPolicy: 'always', keyRevealed: true, passed: false });
  });

  it('module quizzes show the key on every attempt by default, and keep it when they set after_pass', async () => {
    const world = await attemptWorld([minimalDir]);
    const moments = { kind: 'module' as const, courseId, moduleId: 'moments' };
    const failed = await answerAndSubmit(world, world.b, await start(world, world.b, moments), () => false);
    expect(failed).toMatchObject({ feedbackPolicy: 'always', keyRevealed: true, passed: false });
    editCourseFile(
      world.packages[0] ?? '',
      'modules/01-moments.md',
      'minutes: 5\n',
      'minutes: 5\nfeedback: after_pass\n',
    );
    world.library.refresh();
    const course = world.library.get(courseId);
    const again = await answerAndSubmit(world, world.b, await start(world, world.b, moments), () => false);
    expect(again).toMatchObject({ feedbackPolicy: 'after_pass', keyRevealed: false });
    for (const view of await viewsOf(world, again))
      expectNoKey(
        view,
        course,
        again.questions.map((q) => q.id),
      );
  });
});

describe('what a result without its key still says', () => {
  const accredited = path.resolve('tests/fixtures/courses/valid-accredited');
  const id = 'hand-hygiene-accredited';

  it('the module and section to review each question, and the right answers per module', async () => {
    const world = await attemptWorld([accredited]);
    await passEveryModuleQuiz(world, world.b, id);
    const started = await start(world, world.b, { kind: 'post-test', courseId: id });
    // Before submission nothing says which module a question came from.
    expect(JSON.stringify(started)).not.toMatch(/"moduleTitle"|"review"/);
    const failed = await answerAndSubmit(world, world.b, started, () => false);
    expect(failed).toMatchObject({ keyRevealed: false, feedbackPolicy: 'after_last_attempt' });
    const course = world.library.get(id);
    const sections = new Map(course.postTest?.questions.map((q) => [q.id, q]) ?? []);
    for (const question of failed.questions) {
      const item = sections.get(question.id);
      const module = course.modules.find((m) => m.id === item?.module);
      const heading = module?.headings.find((h) => h.id === item?.section);
      expect(question.result).toEqual({
        revealed: false,
        correct: false,
        review: {
          moduleId: module?.id,
          moduleTitle: module?.title,
          sectionId: heading?.id,
          sectionTitle: heading?.text,
        },
      });
    }
    expect(failed.moduleResults).toEqual([
      { moduleId: 'moments', title: 'The five moments', correct: 0, total: 1 },
      { moduleId: 'technique', title: 'Technique', correct: 0, total: 1 },
    ]);
  });

  it('the contract drops a key from a result that says it is not revealed (the second wall)', () => {
    const view = {
      revealed: false,
      correct: false,
      review: null,
      correctAnswer: ['a'],
      explanation: 'the key',
      feedback: [],
    };
    const question = {
      id: 'q',
      type: 'single',
      stem: 's',
      stemHtml: 's',
      options: [],
      answer: null,
      result: view,
    };
    const parsed = channels['attempts.get'].output.shape.questions.element.parse(question);
    expect(parsed.result).toEqual({ revealed: false, correct: false, review: null });
  });
});
