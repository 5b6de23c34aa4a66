import { questionPlainText } from '../../../main/core/course/render/questionText';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../main/contract/channels';
import type { CoursePackage } from '../../../main/core/course/courseTypes';
import {
  attemptWorld,
  ketamineDir,
  minimalDir,
  passEveryModuleQuiz,
  questionIndex,
  rightAnswer,
  start,
} from './attemptTestSetup';

const forbiddenKeys = ['why', 'explanation', 'correctAnswer', 'result', 'feedback', 'reference', 'correct'];

/** Every key name anywhere in a JSON value. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysIn(inner, found);
    }
  }
  return found;
}

/**
 * Text that only a submitted attempt may show: explanations, option feedback and references. Text that the
 * package also shows before submission (a stem, an option, a title) is left out, so a hit is a real leak.
 */
function secretTexts(course: CoursePackage): string[] {
  const questions = [...questionIndex(course).values()];
  const visible = [
    course.title,
    ...course.modules.map((m) => m.title),
    ...questions.flatMap((q) => [q.stem, ...(q.type === 'true-false' ? [] : q.options.map((o) => o.text))]),
  ]
    .map(questionPlainText)
    .join('\n');
  // As the channels carry them: the words without markup (the HTML forms hold the same words).
  const secrets = questions.flatMap((q) => [
    questionPlainText(q.explanation),
    q.reference ?? '',
    ...(q.type === 'true-false' ? [] : q.options.map((o) => questionPlainText(o.why ?? ''))),
  ]);
  return [...new Set(secrets.map((s) => s.trim()).filter((s) => s.length > 0 && !visible.includes(s)))];
}

function expectNoKey(json: unknown, course: CoursePackage, saved: Map<string, unknown>): void {
  const text = JSON.stringify(json);
  for (const key of forbiddenKeys)
    expect({ key, present: keysIn(json).has(key) }).toEqual({ key, present: false });
  for (const secret of secretTexts(course)) {
    if (text.includes(secret))
      throw new Error(`answer-key text leaked before submission: ${secret.slice(0, 60)}`);
  }
  // `answer` on a question is the learner's own saved answer (null until they answer), never the key.
  const view = json as { questions?: { id: string; answer: unknown }[] };
  for (const question of view.questions ?? [])
    expect(question.answer).toEqual(saved.get(question.id) ?? null);
}

describe('answer keys never leave the core before submission', () => {
  for (const [label, dir, courseId] of [
    ['the bundled course', ketamineDir, 'ketamine-therapy'],
    ['the minimal fixture', minimalDir, 'hand-hygiene'],
  ] as const) {
    it(`holds for every attempts.* output of ${label}, module quizzes and post-test`, async () => {
      const world = await attemptWorld([dir]);
      const course = world.library.get(courseId);
      expect(secretTexts(course).length).toBeGreaterThan(questionIndex(course).size / 2);
      const keys = questionIndex(course);
      const quizzes = [
        ...course.modules.map((m) => ({ kind: 'module' as const, courseId, moduleId: m.id })),
        { kind: 'post-test' as const, courseId },
      ];
      for (const input of quizzes) {
        if (input.kind === 'post-test') await passEveryModuleQuiz(world, world.b, courseId);
        const session = input.kind === 'post-test' ? world.b : world.a;
        const saved = new Map<string, unknown>();
        const started = channels['attempts.start'].output.parse(await start(world, session, input));
        expectNoKey(started, course, saved);
        expectNoKey(await start(world, session, input), course, saved); // the raw handler output too
        // Answer half of the questions with the right answer, then look again.
        for (const question of started.questions.filter((_q, i) => i % 2 === 0)) {
          const key = keys.get(question.id);
          if (!key) throw new Error(question.id);
          const result = await world.handlers['attempts.answer'](
            { attemptId: started.attemptId, questionId: question.id, answer: rightAnswer(key) },
            session,
          );
          expectNoKey(channels['attempts.answer'].output.parse(result), course, saved);
          expect(Object.keys(result)).toEqual(['savedAt']);
          saved.set(question.id, rightAnswer(key));
        }
        const got = await world.handlers['attempts.get']({ attemptId: started.attemptId }, session);
        expectNoKey(channels['attempts.get'].output.parse(got), course, saved);
        expectNoKey(got, course, saved);
        const resumed = channels['attempts.start'].output.parse(await start(world, session, input));
        expectNoKey(resumed, course, saved);

        // The post-test shows its key once passed (its default policy): the other half, right too.
        if (input.kind === 'post-test') {
          for (const question of started.questions.filter((_q, i) => i % 2 === 1)) {
            const key = keys.get(question.id);
            if (!key) throw new Error(question.id);
            const answer = {
              attemptId: started.attemptId,
              questionId: question.id,
              answer: rightAnswer(key),
            };
            await world.handlers['attempts.answer'](answer, session);
          }
        }
        // After submission the key is there: the check above is able to see it.
        const submitted = channels['attempts.submit'].output.parse(
          await world.handlers['attempts.submit']({ attemptId: started.attemptId }, session),
        );
        expect(keysIn(submitted).has('correctAnswer')).toBe(true);
        expect(keysIn(submitted).has('explanation')).toBe(true);
        const firstKey = keys.get(submitted.questions[0]?.id ?? '');
        expect(JSON.stringify(submitted)).toContain(
          JSON.stringify(questionPlainText(firstKey?.explanation ?? '')),
        );
      }
    });
  }
});
