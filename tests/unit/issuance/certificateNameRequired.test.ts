import { describe, expect, it } from 'vitest';
import { completeCourse, coreWorld, courseId } from '../support/coreWorld';

/*
 * Issue 17, forms and wording: a licensing board needs a full name, so a certificate is issued only once the
 * learner has given the name to print. A profile created without one keeps it blank (it is no longer copied from
 * the profile name), the certificate status lists it as a step, and issuing refuses with a message saying where
 * to add it.
 */
describe('the name printed on the certificate', () => {
  it('is required before a certificate is issued, and the refusal says where to add it', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Kim');
    expect((await world.ok('profiles.current', {}, learner))?.certificateName).toBe('');
    await completeCourse(world, learner);

    const status = await world.ok('certificates.status', { courseId }, learner);
    expect(status.eligible).toBe(false);
    expect(status.missing).toEqual([
      {
        kind: 'certificate-name',
        text: 'Add your full name as it should be printed on your certificate (Settings, Your details).',
      },
    ]);
    const refused = await world.fail('certificates.issue', { courseId }, learner);
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain('Add your full name as it should be printed on your certificate');

    await world.ok('profiles.update', { certificateName: 'Kim Lee Park' }, learner);
    expect((await world.ok('certificates.status', { courseId }, learner)).eligible).toBe(true);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued.certificateName).toBe('Kim Lee Park');
  });

  it('cannot be saved blank once given', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Ray', { certificateName: 'Ray Osei' });
    const refused = await world.fail('profiles.update', { certificateName: '   ' }, learner);
    expect(refused.message).toBe('Name on certificates cannot be empty.');
  });
});
