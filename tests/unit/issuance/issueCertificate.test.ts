import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import { submitEvaluation } from '../../../main/core/evaluation/evaluationRecords';
import { recordAttestation } from '../../../main/core/attestation/attestationRecords';
import { listCertificates } from '../../../main/core/issuance/certificateSummary';
import { correctCertificateName } from '../../../main/core/issuance/correctCertificateName';
import { issueCertificate } from '../../../main/core/issuance/issueCertificate';
import { updateLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { moduleRef } from '../../../main/core/modules/courseModuleRef';
import { markModuleReadToEnd } from '../../../main/core/progress/moduleProgress';
import { recordHeartbeat } from '../../../main/core/progress/timeOnTask';
import { answerAndSubmit, attemptWorld, passEveryModuleQuiz, start } from '../attempts/attemptTestSetup';
import { fontDir } from '../support/coreWorld';

/*
 * The core functions themselves, on a real database: issueCertificate(db, learnerId, course, { dataDir, fontDir,
 * now }), with study time recorded by heartbeats on a clock the test advances.
 */

describe('issueCertificate', () => {
  it('issues once every rule is met, then returns the same certificate; corrections supersede it', async () => {
    const world = await attemptWorld();
    const learnerId = world.a.learnerId ?? '';
    updateLearnerProfile(
      world.db,
      learnerId,
      { certificateName: 'Ana Lima', credentials: 'PharmD' },
      world.clock.now,
    );
    const course = world.library.get('hand-hygiene');
    for (const module of course.modules)
      markModuleReadToEnd(world.db, learnerId, moduleRef(course, module), world.clock.now);
    await passEveryModuleQuiz(world, world.a, course.id);
    await answerAndSubmit(
      world,
      world.a,
      await start(world, world.a, { kind: 'post-test', courseId: course.id }),
    );
    submitEvaluation(world.db, learnerId, course, { 'objectives-met': 5, bias: 'Yes' }, world.clock.now);
    const beat = (n: number) => {
      world.clock.now += 15_000;
      const ref = {
        courseId: course.id,
        courseVersion: course.version,
        moduleId: 'moments',
        beatId: `b-${n}`,
      };
      recordHeartbeat(world.db, learnerId, ref, world.clock.now);
    };
    for (let n = 0; n < 33; n++) beat(n); // 8 minutes of the 9 required
    const options = { dataDir: world.dataDir, fontDir, now: world.clock.now };
    await expect(issueCertificate(world.db, learnerId, course, options)).rejects.toMatchObject({
      code: 'forbidden',
      message:
        'Your certificate cannot be issued yet. Still to do: 1 min more of recorded study time. Attest the time you ' +
        'spent and claim your credit.',
    });
    for (let n = 33; n < 37; n++) beat(n);
    recordAttestation(
      world.db,
      learnerId,
      course,
      { claimedHours: 0.25, attestedMinutes: 15, confirmedUnrecordedTime: true },
      world.clock.now,
    );

    const issued = await issueCertificate(world.db, learnerId, course, { ...options, now: world.clock.now });
    expect(issued).toMatchObject({ alreadyIssued: false, backupNotice: null });
    expect(issued.certificate.snapshot).toMatchObject({
      certificateName: 'Ana Lima',
      credentials: 'PharmD',
      hoursClaimed: 0.25,
      postTestScore: 1,
      issuedAt: new Date(Math.floor(world.clock.now / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    });
    const again = await issueCertificate(world.db, learnerId, course, {
      ...options,
      now: world.clock.now + 5000,
    });
    expect(again).toEqual({ ...issued, alreadyIssued: true });

    const corrected = await correctCertificateName(
      world.db,
      learnerId,
      issued.certificate.id,
      { certificateName: 'Ana Lima Souza' },
      { ...options, now: world.clock.now + 60_000 },
    );
    expect(corrected.certificate).toMatchObject({ status: 'current', supersedes: issued.certificate.id });
    expect(corrected.certificate.snapshot).toMatchObject({
      certificateName: 'Ana Lima Souza',
      credentials: 'PharmD',
    });
    expect(listCertificates(world.db, learnerId).map((c) => c.status)).toEqual(['superseded', 'current']);
    expect(listAuditEntries(world.db, learnerId).map((e) => e.action)).toEqual(
      expect.arrayContaining(['certificate.issued', 'certificate.name_corrected']),
    );
    // The other learner has nothing, and cannot correct Ana's certificate.
    const ben = world.b.learnerId ?? '';
    expect(listCertificates(world.db, ben)).toEqual([]);
    await expect(
      correctCertificateName(world.db, ben, corrected.certificate.id, { certificateName: 'Ben' }, options),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
