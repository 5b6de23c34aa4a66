import { describe, expect, it } from 'vitest';
import type { Session } from '../../../main/core/app/session';
import { completeCourse, courseId, coreWorld, type CoreWorld } from '../support/coreWorld';

/*
 * A signed records file proves which installation wrote it, not whose study it holds. The attack: on a workstation
 * that trusts the one Ana studied on, Ben imports the file Ana exported and is issued a certificate
 * in his own name for her study. Records count only for the learner they were earned by, known by the name a
 * certificate prints: the file carries it, an import into a profile of another name is refused, and a certificate
 * built on imported records prints that name, even when the profile's name is changed after the import.
 */

/**
 * Ana's complete record, exported as a signed file on one clinic workstation, and another workstation that trusts
 * it (IT lists the clinic's workstations as trusted installations, so records move between them).
 */
async function anasExport(certificateName?: string): Promise<{ world: CoreWorld; content: string }> {
  const first = await coreWorld();
  const ana = await first.signUp('Ana', certificateName === undefined ? {} : { certificateName });
  await completeCourse(first, ana);
  const { content } = await first.ok('records.export', { format: 'learner-records' }, ana);
  const { installationKey } = await first.ok('records.history', {}, ana);
  const world = await coreWorld({ trustedInstallations: [{ name: 'Workstation 1', key: installationKey }] });
  return { world, content };
}

async function expectNoCertificate(world: CoreWorld, learner: Session): Promise<void> {
  expect((await world.fail('certificates.issue', { courseId }, learner)).code).toBe('forbidden');
  expect(
    JSON.parse((await world.ok('records.export', { format: 'transcript-json' }, learner)).content),
  ).toMatchObject({ certificates: [] });
}

describe("another learner's signed records", () => {
  it('are refused for a profile that prints another name, and nothing is imported', async () => {
    const { world, content } = await anasExport('Ana Ortiz');
    const ben = await world.signUp('Ben', { certificateName: 'Ben Hall' });
    const refused = await world.fail('records.import', { content }, ben);
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toBe(
      'This file holds the records of “Ana Ortiz”, and this profile prints “Ben Hall” on certificates. Records ' +
        "count only for the learner who earned them: import the file into that learner's profile, or, if it is " +
        'your name written another way, change your printed name in Settings first. Nothing was imported.',
    );
    expect(await world.ok('courses.dashboard', { courseId }, ben)).toMatchObject({
      recordedMinutes: 0,
      attempts: [],
    });
    expect((await world.ok('records.history', {}, ben)).unverifiedImports).toEqual([]);
    await expectNoCertificate(world, ben);
  });

  it('imported under the name they carry make a certificate in that name only, whatever the profile says later', async () => {
    const { world, content } = await anasExport('Ana Ortiz');
    const ben = await world.signUp('Ben');
    expect(await world.ok('records.import', { content }, ben)).toMatchObject({ verified: true });
    const status = await world.ok('certificates.status', { courseId }, ben);
    expect(status.missing).toEqual([
      {
        kind: 'certificate-name',
        text:
          'Add your full name as it should be printed on your certificate (Settings, Your details). Records you ' +
          'imported for this course were earned under the name “Ana Ortiz”: a certificate built on them prints that name.',
      },
    ]);
    await world.ok('profiles.update', { certificateName: 'Ben Hall' }, ben);
    expect((await world.ok('certificates.status', { courseId }, ben)).missing).toEqual([
      {
        kind: 'certificate-name',
        text:
          'Records you imported for this course were earned under the name “Ana Ortiz”: a certificate built on ' +
          'them prints that name, not “Ben Hall” (Settings, Your details).',
      },
    ]);
    await expectNoCertificate(world, ben);

    await world.ok('profiles.update', { certificateName: 'ANA  ORTIZ' }, ben);
    const issued = await world.ok('certificates.issue', { courseId }, ben);
    expect(issued.certificateName).toBe('ANA ORTIZ');
    // Nor can the issued certificate's name be corrected to another learner's afterwards.
    const corrected = await world.fail(
      'certificates.correctName',
      { certificateId: issued.certificateId, certificateName: 'Ben Hall' },
      ben,
    );
    expect(corrected.message).toBe(
      'Records you imported for this course were earned under the name “Ana Ortiz”: a certificate built on them ' +
        'prints that name, not “Ben Hall”.',
    );
    expect(
      (
        await world.ok(
          'certificates.correctName',
          { certificateId: issued.certificateId, certificateName: 'Ana Ortiz' },
          ben,
        )
      ).certificateName,
    ).toBe('Ana Ortiz');
  });

  it('that name no learner are refused: nothing shows whose study they hold', async () => {
    const { world, content } = await anasExport();
    const ben = await world.signUp('Ben', { certificateName: 'Ben Hall' });
    const refused = await world.fail('records.import', { content }, ben);
    expect(refused.message).toBe(
      'This file names no learner: it was exported from a profile without a printed name, so nothing shows whose ' +
        'study it holds. On the computer that exported it, add the full name in Settings (Your details) and ' +
        'export again. Nothing was imported.',
    );
    await expectNoCertificate(world, ben);
  });

  it('count for the learner who earned them, the name written with other capitals or spacing', async () => {
    const { world, content } = await anasExport('Ana Ortiz');
    const again = await world.signUp('Ana at the clinic', { certificateName: ' ana   ortiz ' });
    expect(await world.ok('records.import', { content }, again)).toMatchObject({ verified: true });
    expect((await world.ok('certificates.status', { courseId }, again)).missing).toEqual([]);
  });
});
