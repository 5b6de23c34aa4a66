import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';
import { getEvaluationSubmission, submitEvaluation } from '../../../main/core/evaluation/evaluationRecords';
import {
  attemptWorld,
  copyCourse,
  editCourseFile,
  ketamineDir,
  minimalDir,
  t0,
} from '../attempts/attemptTestSetup';

const complete = { 'objectives-met': 5, bias: 'No', 'practice-change': 'Use hand rub before every contact.' };

describe('course evaluation', () => {
  it('stores every answer of a valid submission and reads it back', async () => {
    const world = await attemptWorld([minimalDir]);
    const course = world.library.get('hand-hygiene');
    const learner = world.a.learnerId ?? '';
    expect(getEvaluationSubmission(world.db, learner, course)).toBeNull();
    const stored = submitEvaluation(world.db, learner, course, complete, t0);
    expect(stored).toEqual({
      courseId: 'hand-hygiene',
      courseVersion: '1.0.0',
      submittedAt: t0,
      responses: complete,
    });
    expect(getEvaluationSubmission(world.db, learner, course)).toEqual(stored);
    expect(getEvaluationSubmission(world.db, world.b.learnerId ?? '', course)).toBeNull();
  });

  it('refuses answers that do not fit their item, naming the item prompt', async () => {
    const world = await attemptWorld([minimalDir]);
    const course = world.library.get('hand-hygiene');
    const learner = world.a.learnerId ?? '';
    const likert = 'The course met its stated learning objectives.';
    const choice = 'Was the content free of commercial bias?';
    const text = 'What will you change in your practice?';
    const cases: [Record<string, unknown>, string][] = [
      [{ ...complete, 'objectives-met': 0 }, `"${likert}": choose a rating from 1 to 5.`],
      [{ ...complete, 'objectives-met': 6 }, `"${likert}": choose a rating from 1 to 5.`],
      [{ ...complete, 'objectives-met': 2.5 }, `"${likert}": choose a rating from 1 to 5.`],
      [{ ...complete, 'objectives-met': '4' }, `"${likert}": choose a rating from 1 to 5.`],
      [{ ...complete, bias: 'Maybe' }, `"${choice}": choose one of: Yes, No.`],
      [{ ...complete, bias: 1 }, `"${choice}": choose one of: Yes, No.`],
      [
        { ...complete, 'practice-change': 'x'.repeat(4001) },
        `"${text}": please shorten the answer to at most 4000 characters.`,
      ],
      [{ ...complete, 'practice-change': 42 }, `"${text}": the answer must be text.`],
      [{ bias: 'Yes' }, `Please answer "${likert}".`],
      [{ 'objectives-met': 3 }, `Please answer "${choice}".`],
      [{ ...complete, extra: 1 }, 'The evaluation has no item "extra".'],
    ];
    for (const [responses, message] of cases) {
      expect(() => submitEvaluation(world.db, learner, course, responses, t0)).toThrow(message);
    }
    expect(() => submitEvaluation(world.db, learner, course, [] as never, t0)).toThrow(/set of item answers/);
    expect(getEvaluationSubmission(world.db, learner, course)).toBeNull();
    // Exactly 4000 characters is accepted; an optional item may be left out or blank.
    const long = { ...complete, 'practice-change': 'y'.repeat(4000) };
    expect(submitEvaluation(world.db, learner, course, long, t0).responses['practice-change']).toHaveLength(
      4000,
    );
    const other = world.b.learnerId ?? '';
    const blank = submitEvaluation(
      world.db,
      other,
      course,
      { 'objectives-met': 1, bias: 'Yes', 'practice-change': '  ' },
      t0,
    );
    expect(blank.responses).toEqual({ 'objectives-met': 1, bias: 'Yes' });
  });

  it('is submitted once per version: the same answers again are harmless, different ones are refused', async () => {
    const world = await attemptWorld([minimalDir]);
    const course = world.library.get('hand-hygiene');
    const learner = world.a.learnerId ?? '';
    const first = submitEvaluation(world.db, learner, course, complete, t0);
    expect(submitEvaluation(world.db, learner, course, { ...complete }, t0 + 5000)).toEqual(first);
    expect(() =>
      submitEvaluation(world.db, learner, course, { ...complete, 'objectives-met': 1 }, t0),
    ).toThrow('You have already submitted the evaluation for this version of the course.');
    expect(getEvaluationSubmission(world.db, learner, course)).toEqual(first);
  });

  it('reports a course without an evaluation, and works on the bundled course', async () => {
    const world = await attemptWorld([minimalDir]);
    const dir = copyCourse(ketamineDir);
    rmSync(path.join(dir, 'evaluation.yml'));
    editCourseFile(dir, 'course.yml', '  require_evaluation: true\n', '');
    const bare = new CourseLibrary([{ dir: path.dirname(dir), source: 'bundled' }]).get('ketamine-therapy');
    expect(bare.evaluation).toBeNull();
    expect(() => submitEvaluation(world.db, world.a.learnerId ?? '', bare, complete, t0)).toThrow(
      'The course "Ketamine Treatment for Mental Health" has no evaluation.',
    );

    const ketamine = new CourseLibrary([
      { dir: path.dirname(copyCourse(ketamineDir)), source: 'bundled' },
    ]).get('ketamine-therapy');
    const items = ketamine.evaluation?.items ?? [];
    const answers = Object.fromEntries(
      items.map((item) => [
        item.id,
        item.type === 'likert' ? 4 : item.type === 'choice' ? item.options[0] : 'Notes.',
      ]),
    );
    const stored = submitEvaluation(world.db, world.a.learnerId ?? '', ketamine, answers, t0);
    expect(Object.keys(stored.responses)).toHaveLength(items.length);
  });
});
