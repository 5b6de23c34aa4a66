import type { QuestionResult } from '../../../main/contract/attemptSchemas';
import { describe, expect, it } from 'vitest';
import { isAnswerCorrect, optionFeedback } from '../../../main/core/attempts/gradeAttempt';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import type { Question } from '../../../main/core/course/courseTypes';
import { getCourseProgress } from '../../../main/core/progress/moduleProgress';
import {
  answerAndSubmit,
  attemptWorld,
  editCourseFile,
  minimalDir,
  passEveryModuleQuiz,
  questionIndex,
  start,
} from './attemptTestSetup';

const course = loadCoursePackage(minimalDir).course;
if (!course) throw new Error('valid-minimal must load');
const questions = questionIndex(course);
const q = (id: string): Question => {
  const found = questions.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('grading each question type', () => {
  it('single: right only for exactly the key id', () => {
    const single = q('moments-q1'); // key a
    expect(isAnswerCorrect(single, ['a'])).toBe(true);
    expect(isAnswerCorrect(single, ['b'])).toBe(false);
    expect(isAnswerCorrect(single, ['a', 'b'])).toBe(false);
    expect(isAnswerCorrect(single, [])).toBe(false);
    expect(isAnswerCorrect(single, true)).toBe(false);
    expect(isAnswerCorrect(single, undefined)).toBe(false);
  });

  it('multiple: right only for exactly the key set, in any order; partial or extra selections are wrong', () => {
    const multiple = q('technique-q1'); // key [a, b]
    expect(isAnswerCorrect(multiple, ['a', 'b'])).toBe(true);
    expect(isAnswerCorrect(multiple, ['b', 'a'])).toBe(true);
    expect(isAnswerCorrect(multiple, ['a'])).toBe(false);
    expect(isAnswerCorrect(multiple, ['b'])).toBe(false);
    expect(isAnswerCorrect(multiple, ['a', 'b', 'c'])).toBe(false);
    expect(isAnswerCorrect(multiple, ['a', 'c'])).toBe(false);
    expect(isAnswerCorrect(multiple, [])).toBe(false);
    expect(isAnswerCorrect(multiple, undefined)).toBe(false);
  });

  it('true-false: right only for the key boolean', () => {
    const trueFalse = q('moments-q2'); // key false
    expect(isAnswerCorrect(trueFalse, false)).toBe(true);
    expect(isAnswerCorrect(trueFalse, true)).toBe(false);
    expect(isAnswerCorrect(trueFalse, ['false'])).toBe(false);
    expect(isAnswerCorrect(trueFalse, undefined)).toBe(false);
  });

  it("feedback is the chosen options' why, or the key's why when nothing was chosen", () => {
    const single = q('moments-q1'); // a has a why, b has none
    const why = 'Correct. It protects the patient from germs on your hands.';
    expect(optionFeedback(single, ['a'], ['b', 'a'])).toEqual([{ optionId: 'a', text: why }]);
    expect(optionFeedback(single, ['b'], ['b', 'a'])).toEqual([]);
    expect(optionFeedback(single, undefined, ['b', 'a'])).toEqual([{ optionId: 'a', text: why }]);
    expect(optionFeedback(q('moments-q2'), true, [])).toEqual([]);
  });
});

/** A result that shows its key (module quizzes show it on every attempt); fails the test otherwise. */
function revealed(result: QuestionResult | undefined): Extract<QuestionResult, { revealed: true }> {
  if (!result?.revealed) throw new Error('the result does not show its key');
  return result;
}

describe('submitting through the channels', () => {
  it('scores correct / presented with a partly right multiple answer counted wrong', async () => {
    const world = await attemptWorld([minimalDir]);
    const view = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'technique',
    });
    const ask = (questionId: string, answer: boolean | string[]) =>
      world.handlers['attempts.answer']({ attemptId: view.attemptId, questionId, answer }, world.a);
    await ask('technique-q1', ['a']); // partial: wrong
    await ask('technique-q2', ['a']); // right
    const done = await world.handlers['attempts.submit']({ attemptId: view.attemptId }, world.a);
    expect(done).toMatchObject({
      status: 'submitted',
      score: 0.5,
      passed: false,
      passMark: 0.8,
      attemptsUsed: 1,
    });
    const byId = new Map(done.questions.map((question) => [question.id, question]));
    expect(byId.get('technique-q1')?.result).toMatchObject({ correct: false, reference: null });
    expect(new Set(revealed(byId.get('technique-q1')?.result).correctAnswer as string[])).toEqual(
      new Set(['a', 'b']),
    );
    expect(byId.get('technique-q2')?.result).toMatchObject({ correct: true, correctAnswer: ['a'] });
    expect(revealed(byId.get('technique-q1')?.result).explanation).toMatch(/Hand rub is the routine choice/);
    // Not passed: the module is not recorded as completed.
    expect(getCourseProgress(world.db, world.a.learnerId ?? '', 'hand-hygiene', '1.0.0')).toEqual([]);
  });

  it('counts unanswered questions as wrong, and a pass records the module as completed', async () => {
    const world = await attemptWorld([minimalDir]);
    const first = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'moments',
    });
    const none = await world.handlers['attempts.submit']({ attemptId: first.attemptId }, world.a);
    expect(none).toMatchObject({ score: 0, passed: false });
    expect(
      none.questions.every((question) => question.result?.correct === false && question.answer === null),
    ).toBe(true);
    const feedback = revealed(
      none.questions.find((question) => question.id === 'moments-q1')?.result,
    ).feedback;
    expect(feedback).toEqual([
      { optionId: 'a', text: expect.stringMatching(/^Correct\./), html: expect.stringMatching(/^Correct\./) },
    ]);

    world.clock.now += 60_000;
    const second = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'moments',
    });
    expect(second.number).toBe(2);
    const passed = await answerAndSubmit(world, world.a, second);
    expect(passed).toMatchObject({ score: 1, passed: true, attemptsUsed: 2, number: 2 });
    const trueFalse = passed.questions.find((question) => question.id === 'moments-q2');
    expect(trueFalse?.result).toMatchObject({ correct: true, correctAnswer: false, feedback: [] });
    expect(getCourseProgress(world.db, world.a.learnerId ?? '', 'hand-hygiene', '1.0.0')).toEqual([
      expect.objectContaining({ moduleId: 'moments', completedAt: world.clock.now }),
    ]);
  });

  it('passes exactly at the pass mark and fails just below it', async () => {
    const world = await attemptWorld([minimalDir]);
    const view = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'moments',
    });
    expect(await answerAndSubmit(world, world.a, view, (_id, index) => index === 0)).toMatchObject({
      score: 0.5,
      passed: false,
    });
    editCourseFile(world.packages[0] ?? '', 'course.yml', 'module_pass: 0.8', 'module_pass: 0.5');
    world.library.refresh();
    const atMark = await start(world, world.a, {
      kind: 'module',
      courseId: 'hand-hygiene',
      moduleId: 'moments',
    });
    expect(atMark.passMark).toBe(0.5);
    expect(await answerAndSubmit(world, world.a, atMark, (_id, index) => index === 0)).toMatchObject({
      score: 0.5,
      passed: true,
    });
  });

  it('grades the bundled post-test against post_test_pass (0.75): 22 of 30 fails, 23 of 30 passes', async () => {
    const world = await attemptWorld();
    await passEveryModuleQuiz(world, world.a, 'ketamine-therapy');
    const first = await start(world, world.a, { kind: 'post-test', courseId: 'ketamine-therapy' });
    expect(first.questions).toHaveLength(30);
    expect(first.passMark).toBe(0.75);
    const failed = await answerAndSubmit(world, world.a, first, (_id, index) => index < 22);
    expect(failed).toMatchObject({ score: 22 / 30, passed: false });
    const second = await start(world, world.a, { kind: 'post-test', courseId: 'ketamine-therapy' });
    const passed = await answerAndSubmit(world, world.a, second, (_id, index) => index < 23);
    expect(passed).toMatchObject({ score: 23 / 30, passed: true, attemptsUsed: 2, maxAttempts: 3 });
    expect(passed.title).toBe('Post-test: Ketamine Treatment for Mental Health');
  });
});
