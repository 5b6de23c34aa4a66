import { describe, expect, it } from 'vitest';
import { certifiedProfile, completeCourse, courseId, coreWorld, editCourse, t0 } from '../support/coreWorld';

/*
 * A course that lists `people` shows its disclosures before the learner starts, and the learner acknowledges them
 * once per course version; the acknowledgement is recorded in the learner database. It is no completion rule.
 */

const withPeople = (dir: string) =>
  editCourse(
    dir,
    /faculty:\n(?: {2}.*\n)+/,
    [
      'people:',
      '  - name: A. Author',
      '    credentials: RN, MSN',
      '    roles: [author, planner]',
      '    relationships: none',
      '  - name: R. Reviewer',
      '    roles: [reviewer]',
      '    relationships:',
      '      - company: Example Pharma Inc.',
      '        nature: Consultant',
      'mitigation: An independent planner checked the content.',
      'commercial_support: none',
      '',
    ].join('\n'),
  );

describe('the disclosures of a course with people', () => {
  it('are on the course home and gate the reader until acknowledged, once per learner and version', async () => {
    const world = await coreWorld({ editCourse: withPeople });
    const ana = await world.signUp('Ana');
    const moduleId = world.course.modules[0]?.id ?? '';
    const home = await world.ok('courses.home', { courseId }, ana);
    const expected = {
      people: [
        { name: 'A. Author', credentials: 'RN, MSN', roles: ['author', 'planner'], relationships: 'none' },
        {
          name: 'R. Reviewer',
          credentials: null,
          roles: ['reviewer'],
          relationships: [{ company: 'Example Pharma Inc.', nature: 'Consultant' }],
        },
      ],
      mitigation: 'An independent planner checked the content.',
      commercialSupport: 'none',
      acknowledgedAt: null,
    };
    expect(home.disclosure).toEqual(expected);
    expect((await world.ok('modules.read', { courseId, moduleId }, ana)).disclosureToAcknowledge).toEqual(
      expected,
    );

    world.clock.now = t0 + 60_000;
    expect(await world.ok('courses.acknowledgeDisclosures', { courseId }, ana)).toEqual({
      acknowledgedAt: t0 + 60_000,
    });
    world.clock.now = t0 + 120_000;
    // Acknowledged once: a second acknowledgement keeps the first time.
    expect(await world.ok('courses.acknowledgeDisclosures', { courseId }, ana)).toEqual({
      acknowledgedAt: t0 + 60_000,
    });
    expect((await world.ok('courses.home', { courseId }, ana)).disclosure?.acknowledgedAt).toBe(t0 + 60_000);
    expect((await world.ok('modules.read', { courseId, moduleId }, ana)).disclosureToAcknowledge).toBeNull();

    // Another learner on the same workstation has not acknowledged anything.
    const ben = await world.signUp('Ben');
    expect((await world.ok('courses.home', { courseId }, ben)).disclosure?.acknowledgedAt).toBeNull();
  });

  it('is asked again for a new course version, which may disclose other relationships', async () => {
    const first = await coreWorld({ editCourse: withPeople });
    const ana = await first.signUp('Ana');
    await first.ok('courses.acknowledgeDisclosures', { courseId }, ana);
    const learnerId = ana.learnerId ?? '';
    first.core.close();
    const second = await coreWorld({
      dataDir: first.dataDir,
      editCourse: (dir) => {
        withPeople(dir);
        editCourse(dir, 'version: 1.0.0', 'version: 1.1.0');
      },
    });
    const again = { learnerId };
    expect((await second.ok('courses.home', { courseId }, again)).disclosure?.acknowledgedAt).toBeNull();
  });

  it('changes nothing about earning the certificate: it issues without an acknowledgement', async () => {
    const world = await coreWorld({ editCourse: withPeople });
    const learner = await world.signUp('Dana', certifiedProfile);
    await completeCourse(world, learner);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued.certificateId).toEqual(expect.any(String));
  });
});

describe('a course without people', () => {
  it('has no disclosure block to acknowledge; its faculty disclosures stay as they were', async () => {
    const world = await coreWorld();
    const ana = await world.signUp('Ana');
    const home = await world.ok('courses.home', { courseId }, ana);
    expect(home.disclosure).toBeNull();
    expect(home.faculty).toEqual([
      { name: 'A. Author', credentials: 'RN, MSN', disclosure: 'No relevant financial relationships.' },
    ]);
    const moduleId = world.course.modules[0]?.id ?? '';
    expect((await world.ok('modules.read', { courseId, moduleId }, ana)).disclosureToAcknowledge).toBeNull();
  });
});
