import { describe, expect, it } from 'vitest';
import { certifiedLearner, coreWorld, courseId } from '../support/coreWorld';

/*
 * Issue 17, integrity 3: once the certificate is issued, the dashboard and the course home say so, read through
 * the channels, instead of "your certificate can be issued" and "Get your certificate".
 */
describe('status after the certificate is issued', () => {
  it('the dashboard and the course home name the issued certificate', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    const before = await world.ok('courses.dashboard', { courseId }, learner);
    expect(before.certificateStatus).toBe('Every requirement is met: your certificate can be issued.');
    expect(before.certificate).toBeNull();
    expect((await world.ok('courses.home', { courseId }, learner)).certificate).toBeNull();

    const issued = await world.ok('certificates.issue', { courseId }, learner);
    const reference = { certificateId: issued.certificateId, issuedAt: issued.issuedAt };
    const dashboard = await world.ok('courses.dashboard', { courseId }, learner);
    expect(dashboard.certificateStatus).toBe('Your certificate for this course has been issued.');
    expect(dashboard.certificate).toEqual(reference);
    const home = await world.ok('courses.home', { courseId }, learner);
    expect(home.certificate).toEqual(reference);
    expect(home.remaining).toEqual([]);
  });

  it('a corrected certificate is the one named; another learner sees none', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    const first = await world.ok('certificates.issue', { courseId }, learner);
    const corrected = await world.ok(
      'certificates.correctName',
      { certificateId: first.certificateId, certificateName: 'Dana M. Reyes' },
      learner,
    );
    const home = await world.ok('courses.home', { courseId }, learner);
    expect(home.certificate?.certificateId).toBe(corrected.certificateId);
    const other = await world.signUp('Eli', { certificateName: 'Eli Park' });
    expect((await world.ok('courses.dashboard', { courseId }, other)).certificate).toBeNull();
    expect((await world.ok('courses.home', { courseId }, other)).certificate).toBeNull();
  });
});
