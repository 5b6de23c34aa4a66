import { describe, expect, it } from 'vitest';
import { findLastPlace } from '../../../main/core/progress/lastPlace';
import { saveLastPosition } from '../../../main/core/progress/lastPosition';
import { attemptWorld, t0 } from '../attempts/attemptTestSetup';
import { coreWorld, courseId } from '../support/coreWorld';

/*
 * Issue 17, the next step: once a profile is chosen, the app returns the learner to the module they last read
 * (the reader then opens it at the saved position). progress.lastPlace says which, for the signed-in learner only.
 */
describe('progress.lastPlace', () => {
  it('is null before any reading, then the module of the newest saved position, per learner', async () => {
    const world = await coreWorld();
    const ana = await world.signUp('Ana');
    const ben = await world.signUp('Ben');
    const [first, second] = world.course.modules.map((module) => module.id);
    if (!first || !second) throw new Error('The fixture course has two modules.');
    expect(await world.ok('progress.lastPlace', {}, ana)).toBeNull();

    await world.ok('progress.savePosition', { courseId, moduleId: second, scroll: 0.4 }, ana);
    expect(await world.ok('progress.lastPlace', {}, ana)).toEqual({ courseId, moduleId: second });
    world.clock.now += 60_000;
    await world.ok('progress.savePosition', { courseId, moduleId: first, scroll: 0.7 }, ana);
    expect(await world.ok('progress.lastPlace', {}, ana)).toEqual({ courseId, moduleId: first });
    const reading = await world.ok('modules.read', { courseId, moduleId: first }, ana);
    expect(reading.scroll).toBe(0.7);

    expect(await world.ok('progress.lastPlace', {}, ben)).toBeNull();
  });

  it('passes over places in a course or module the library no longer has', async () => {
    const world = await attemptWorld();
    const learner = world.a.learnerId ?? '';
    const place = (courseId: string, moduleId: string, at: number) =>
      saveLastPosition(
        world.db,
        learner,
        { courseId, courseVersion: '1.0.0', moduleId, scrollFraction: 0.5 },
        at,
      );
    place('hand-hygiene', 'technique', t0);
    place('ketamine-therapy', 'retired-module', t0 + 1000);
    place('removed-course', 'moments', t0 + 2000);
    expect(findLastPlace(world.db, learner, world.library)).toEqual({
      courseId: 'hand-hygiene',
      moduleId: 'technique',
    });
  });
});
