import { describe, expect, it } from 'vitest';
import { coreWorld, courseId, study } from '../support/coreWorld';
import { rightAnswer } from '../attempts/attemptTestSetup';

/*
 * Issue 17, place and progress: the reader, the course home and the dashboard get the same figures from one
 * place (modules done, recorded study, the minimum for the certificate, the estimate), and every heartbeat
 * answers with the course's recorded minutes so the reader's study-time line stays current.
 */
describe('the learner progress figures', () => {
  it('are the same on the reader, the course home and the dashboard, and count a module done once read and passed', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Figures');
    const [first, second] = world.course.modules;
    if (!first || !second) throw new Error('The fixture course has two modules.');
    const figures = async () => {
      const reading = await world.ok('modules.read', { courseId, moduleId: second.id }, learner);
      const home = await world.ok('courses.home', { courseId }, learner);
      const dashboard = await world.ok('courses.dashboard', { courseId }, learner);
      const pick = (from: typeof reading.courseProgress) => ({
        modulesDone: from.modulesDone,
        modulesTotal: from.modulesTotal,
        recordedMinutes: from.recordedMinutes,
        requiredMinutes: from.requiredMinutes,
        estimatedMinutes: from.estimatedMinutes,
      });
      expect(pick(home)).toEqual(reading.courseProgress);
      expect(pick(dashboard)).toEqual(reading.courseProgress);
      return { ...reading.courseProgress, number: reading.number };
    };
    expect(await figures()).toEqual({
      number: 2,
      modulesDone: 0,
      modulesTotal: 2,
      recordedMinutes: 0,
      requiredMinutes: 9,
      estimatedMinutes: world.course.estimate.totalMinutes,
    });

    // Passing the quiz without reading to the end is not "done"; reading to the end makes it so.
    const quiz = await world.ok('attempts.start', { kind: 'module', courseId, moduleId: first.id }, learner);
    for (const shown of quiz.questions) {
      const question = first.questions.find((q) => q.id === shown.id);
      if (!question) throw new Error(`unknown question ${shown.id}`);
      const answer = rightAnswer(question);
      await world.ok('attempts.answer', { attemptId: quiz.attemptId, questionId: shown.id, answer }, learner);
    }
    await world.ok('attempts.submit', { attemptId: quiz.attemptId }, learner);
    expect((await figures()).modulesDone).toBe(0);
    await world.ok('progress.markRead', { courseId, moduleId: first.id }, learner);
    expect((await figures()).modulesDone).toBe(1);

    await study(world, learner, 5);
    expect((await figures()).recordedMinutes).toBe(1);
  });

  it('a heartbeat answers with the course minutes recorded across modules', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Beats');
    await study(world, learner, 3, 0);
    world.clock.now += 15_000;
    const beat = await world.ok(
      'progress.heartbeat',
      { courseId, moduleId: world.course.modules[1]?.id ?? '', beatId: 'beat-other-module-1' },
      learner,
    );
    expect(beat.moduleMinutes).toBe(0.25);
    expect(beat.courseMinutes).toBe(0.75);
  });
});
