import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../main/core/app/session';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import {
  certifiedLearner,
  courseId,
  downloadCertificate as downloads,
  coreWorld,
} from '../support/coreWorld';

describe('correcting the name on a certificate', () => {
  it('issues a new certificate that supersedes the old one, keeps both, and audits the change', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    const original = await world.ok('certificates.issue', { courseId }, learner);
    world.clock.now += 3_600_000;
    const corrected = await world.ok(
      'certificates.correctName',
      {
        certificateId: original.certificateId,
        certificateName: 'Dana Reyes-Ortiz',
        credentials: 'RN, MSN, CNL',
      },
      learner,
    );
    expect(corrected).toMatchObject({
      certificateName: 'Dana Reyes-Ortiz',
      credentials: 'RN, MSN, CNL',
      supersedes: original.certificateId,
      supersededBy: null,
      status: 'current',
      completionDate: original.completionDate,
      hoursClaimed: original.hoursClaimed,
      postTestPercent: original.postTestPercent,
    });
    expect(corrected.certificateId).not.toBe(original.certificateId);
    expect(corrected.verificationCode).not.toBe(original.verificationCode);
    expect(corrected.issuedAt).toMatch(/^2026-06-01T15:/);

    const transcript = await world.ok('certificates.list', {}, learner);
    expect(transcript.map((c) => [c.certificateId, c.status, c.supersededBy])).toEqual([
      [original.certificateId, 'superseded', corrected.certificateId],
      [corrected.certificateId, 'current', null],
    ]);
    const { pdf } = await downloads(world, learner, corrected.certificateId);
    expect(await verifyCertificateFile(pdf, 'c.pdf')).toMatchObject({
      valid: true,
      snapshot: { certificateName: 'Dana Reyes-Ortiz', supersedes: original.certificateId },
    });
    // The old certificate still verifies (it was not changed), and this installation says it was replaced.
    const old = await downloads(world, learner, original.certificateId);
    const checked = await world.ok(
      'certificates.verify',
      { fileName: 'old.pdf', dataBase64: old.pdf.toString('base64') },
      createSession(),
    );
    expect(checked).toMatchObject({ valid: true, replacedBy: corrected.certificateId });
    expect(await world.ok('certificates.issue', { courseId }, learner)).toMatchObject({
      certificateId: corrected.certificateId,
      alreadyIssued: true,
    });

    const db = new Database(path.join(world.dataDir, 'ce-player.sqlite'), { readonly: true });
    try {
      const entry = listAuditEntries(db, learner.learnerId ?? '').find(
        (e) => e.action === 'certificate.name_corrected',
      );
      // The audit log names the certificates, never the learner: names are personal data (issue 21, finding 7).
      expect(entry).toMatchObject({
        actor: `learner:${learner.learnerId ?? ''}`,
        before: { certificateId: original.certificateId },
        after: { certificateId: corrected.certificateId },
      });
      expect(JSON.stringify(entry)).not.toContain('Dana');
    } finally {
      db.close();
    }

    const again = await world.fail(
      'certificates.correctName',
      { certificateId: original.certificateId, certificateName: 'Someone Else' },
      learner,
    );
    expect(again.code).toBe('conflict');
    const same = await world.fail(
      'certificates.correctName',
      { certificateId: corrected.certificateId, certificateName: ' Dana Reyes-Ortiz ' },
      learner,
    );
    expect(same).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('nothing to correct'),
    });
  });
});

describe('certificate isolation', () => {
  it("keeps one learner's certificates from another: not found, worded as a missing one", async () => {
    const world = await coreWorld();
    const ana = await certifiedLearner(world, 'Ana');
    const issued = await world.ok('certificates.issue', { courseId }, ana);
    const ben = await world.signUp('Ben');
    const missing = '00000000-0000-4000-8000-000000000000';
    const asMissing = await world.fail('certificates.pdf', { certificateId: missing }, ben);
    expect(asMissing).toEqual({ code: 'not_found', message: 'That certificate is not in your transcript.' });
    const certificateId = issued.certificateId;
    expect(await world.fail('certificates.pdf', { certificateId }, ben)).toEqual(asMissing);
    expect(await world.fail('certificates.credential', { certificateId }, ben)).toEqual(asMissing);
    expect(
      await world.fail('certificates.correctName', { certificateId, certificateName: 'Ben Stole It' }, ben),
    ).toEqual(asMissing);
    expect(await world.ok('certificates.list', {}, ben)).toEqual([]);
    expect(await world.ok('certificates.status', { courseId }, ben)).toMatchObject({
      current: null,
      eligible: false,
    });
    expect(await world.fail('certificates.issue', { courseId }, ben)).toMatchObject({ code: 'forbidden' });
    // Nobody signed in: every learner channel refuses.
    const nobody = createSession();
    expect(await world.fail('certificates.list', {}, nobody)).toMatchObject({ code: 'not_signed_in' });
    expect(await world.fail('certificates.pdf', { certificateId }, nobody)).toMatchObject({
      code: 'not_signed_in',
    });
    expect(await world.fail('records.export', { format: 'xapi' }, nobody)).toMatchObject({
      code: 'not_signed_in',
    });
    // Ana's certificate is untouched.
    expect(await world.ok('certificates.list', {}, ana)).toMatchObject([
      { certificateId, status: 'current' },
    ]);
  });
});
