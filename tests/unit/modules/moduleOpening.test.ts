import { describe, expect, it } from 'vitest';
import { courseId, editCourse, coreWorld, t0 } from '../support/coreWorld';

/*
 * modules.read only reads, so the renderer may ask for a module before it is on screen; the reader records the
 * opening with progress.markOpened once the text shows.
 */
describe('opening a module', () => {
  it('reads without recording anything; markOpened records the first and latest opening', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Reader');
    const moduleId = world.course.modules[0]?.id ?? '';
    const exported = async () =>
      JSON.parse((await world.ok('records.export', { format: 'learner-records' }, learner)).content) as {
        moduleProgress?: unknown[];
      };

    const reading = await world.ok('modules.read', { courseId, moduleId }, learner);
    expect(reading).toMatchObject({ moduleId, readToEnd: false, needsReview: false });
    await world.ok('modules.read', { courseId, moduleId }, learner);
    const home = await world.ok('courses.home', { courseId }, learner);
    expect(home.modules[0]).toMatchObject({ id: moduleId, opened: false });
    const before = JSON.stringify(await exported());

    world.clock.now = t0 + 1000;
    expect(await world.ok('progress.markOpened', { courseId, moduleId }, learner)).toEqual({ opened: true });
    world.clock.now = t0 + 5000;
    await world.ok('progress.markOpened', { courseId, moduleId }, learner);
    expect((await world.ok('courses.home', { courseId }, learner)).modules[0]).toMatchObject({
      opened: true,
    });
    const after = JSON.stringify(await exported());
    expect(after).not.toBe(before);
    expect(after).toContain(`"openedAt":${t0 + 1000}`);
    expect(after).toContain(`"lastOpenedAt":${t0 + 5000}`);
  });

  it('renders a module when opened, the same text with its links, image and outline every time', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Reader');
    const course = `#/course/${courseId}`;
    for (let opening = 0; opening < 2; opening++) {
      const moments = await world.ok('modules.read', { courseId, moduleId: 'moments' }, learner);
      expect(moments.html).toContain(`<a href="${course}/module/technique/rub-or-wash">the next module</a>`);
      expect(moments.html).toContain(`<a href="${course}/references/who-2009">WHO guidelines</a>`);
      expect(moments.html).not.toContain('moments-q1');
      expect(moments.headings).toEqual([
        { level: 1, text: 'The five moments', id: 'the-five-moments' },
        { level: 2, text: 'Why the moments matter', id: 'why-the-moments-matter' },
      ]);
      const technique = await world.ok('modules.read', { courseId, moduleId: 'technique' }, learner);
      expect(technique.html).toContain(
        '<img src="/course-asset/hand-hygiene/assets/figure.png" alt="Steps of hand rubbing">',
      );
      expect(technique.html).toContain(`<a href="${course}/module/moments">the five moments</a>`);
    }
  });

  it('shows a changed module as needing review before the opening is recorded', async () => {
    const first = await coreWorld();
    const learner = await first.signUp('Avery');
    const moduleId = first.course.modules[1]?.id ?? '';
    await first.ok('progress.markOpened', { courseId, moduleId }, learner);
    await first.ok('progress.markRead', { courseId, moduleId }, learner);
    const learnerId = learner.learnerId ?? '';
    first.core.close();

    // The same version with changed module text: what the learner read is no longer what the module says.
    const second = await coreWorld({
      dataDir: first.dataDir,
      editCourse: (dir) =>
        editCourse(
          dir,
          'Dry your hands well afterwards',
          'Dry your hands fully afterwards',
          'modules/02-technique.md',
        ),
    });
    const session = { learnerId };
    const reading = await second.ok('modules.read', { courseId, moduleId }, session);
    expect(reading).toMatchObject({ readToEnd: false, needsReview: true });
    // Reading did not store the flag; recording the opening does.
    const read = await second.ok('courses.home', { courseId }, session);
    expect(read.modules[1]).toMatchObject({ needsReview: false, readToEnd: true });
    await second.ok('progress.markOpened', { courseId, moduleId }, session);
    const opened = await second.ok('courses.home', { courseId }, session);
    expect(opened.modules[1]).toMatchObject({ needsReview: true, readToEnd: false });
  });
});
