import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../main/core/app/session';
import type { JsonObject } from '../../../main/core/certificates/canonicalJson';
import { readCertificateCredential } from '../../../main/core/certificates/readCertificateCredential';
import { verificationText, verificationTextBody } from '../../../main/core/certificates/verificationText';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { listBackups } from '../../../main/core/db/databaseBackups';
import { editPdf, qpdfCheck, replaceOnce, replaceShownText } from '../certificates/pdfTools';
import {
  certifiedLearner,
  completeCourse,
  courseId,
  downloadCertificate as downloads,
  editCourse,
  coreWorld,
} from '../support/coreWorld';

describe('issuing a certificate', () => {
  it('gives a learner who did the work a certificate whose PDF and credential verify', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    expect(await world.ok('certificates.status', { courseId }, learner)).toEqual({
      eligible: true,
      missing: [],
      current: null,
    });
    const backupsBefore = listBackups(world.dataDir).length;

    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued).toMatchObject({
      courseId,
      courseTitle: 'Hand Hygiene Refresher',
      courseVersion: '1.0.0',
      providerName: 'Example CE Provider',
      certificateName: 'Dana Reyes',
      credentials: 'RN, MSN',
      licenseNumber: 'RN-884213',
      licenseState: 'CA',
      completionDate: expect.stringMatching(/^2026-06-0[12]$/),
      hoursClaimed: 0.25,
      postTestPercent: 100,
      status: 'current',
      supersedes: null,
      supersededBy: null,
      alreadyIssued: false,
      backupNotice: null,
    });
    expect(issued.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(issued.issuerDid).toMatch(/^did:key:z6Mk/);
    expect(issued.issuedAt).toMatch(/^2026-06-01T14:\d\d:\d\dZ$/);
    expect(listBackups(world.dataDir)).toHaveLength(backupsBefore + 1);

    const files = await downloads(world, learner, issued.certificateId);
    expect(files.pdfName).toBe(
      `certificate-hand-hygiene-1.0.0-${issued.completionDate}-${issued.certificateId.slice(0, 8)}.pdf`,
    );
    expect(files.fileName).toBe(files.pdfName.replace(/\.pdf$/, '.credential.json'));
    const fromPdf = await verifyCertificateFile(files.pdf, files.pdfName);
    const fromJson = await verifyCertificateFile(Buffer.from(files.json, 'utf8'), files.fileName);
    for (const report of [fromPdf, fromJson]) {
      expect(report).toMatchObject({
        valid: true,
        issuerDid: issued.issuerDid,
        snapshot: {
          certificateId: issued.certificateId,
          verificationCode: issued.verificationCode,
          certificateName: 'Dana Reyes',
          credentials: 'RN, MSN',
          licenseNumber: 'RN-884213',
          courseId,
          courseVersion: '1.0.0',
          hoursClaimed: 0.25,
          postTestScore: 1,
          accreditationStatement: null,
          designations: [world.course.credit.designations[0]],
          supersedes: null,
        },
      });
    }
    expect(fromPdf.valid && fromPdf.kind).toBe('pdf');
    expect(fromPdf.valid && fromPdf.kind === 'pdf' && fromPdf.snapshot.completionCriteria).toBe(
      'Read all 2 modules to the end and passed each module quiz (pass mark 80%); passed the post-test ' +
        '(pass mark 75%); submitted the course evaluation; recorded at least 9 minutes of active study (50% of ' +
        'the 18-minute estimate); and attested the time spent and the credit claimed.',
    );
    const credential = JSON.parse(files.json) as {
      evidence: { genre: string }[];
      proof: { cryptosuite: string };
    };
    expect(credential.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    expect(credential.evidence.map((entry) => entry.genre)).not.toContain('Accreditation statement');
    expect(fromPdf.valid && fromPdf.kind === 'pdf' && fromPdf.snapshot.accreditationStatement).toBeNull();
    expect(qpdfCheck(files.pdf).status).toBe(0);
    expect(await world.ok('certificates.status', { courseId }, learner)).toMatchObject({
      eligible: true,
      current: { certificateId: issued.certificateId },
    });
    expect(world.errors).toEqual([]);
  });

  it('fails verification when either file is edited, in the core and through certificates.verify', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    const { pdf, json } = await downloads(world, learner, issued.certificateId);

    const attached = editPdf(pdf, (qdf) =>
      replaceOnce(qdf, '"creditsEarned": 0.25,', '"creditsEarned": 0.75,'),
    );
    const shown = replaceShownText(pdf, '0.25', '0.20');
    const editedJson = Buffer.from(json.replace('"creditsEarned": 0.25,', '"creditsEarned": 0.75,'), 'utf8');
    expect(await verifyCertificateFile(attached, 'c.pdf')).toMatchObject({
      valid: false,
      reason: 'bad-signature',
    });
    expect(await verifyCertificateFile(shown, 'c.pdf')).toMatchObject({
      valid: false,
      reason: 'page-mismatch',
    });
    expect(await verifyCertificateFile(editedJson, 'c.json')).toMatchObject({
      valid: false,
      reason: 'bad-signature',
    });

    // Anyone may verify: a session with nobody signed in.
    const anyone = createSession();
    const verify = (bytes: Buffer, fileName: string) =>
      world.ok('certificates.verify', { fileName, dataBase64: bytes.toString('base64') }, anyone);
    const good = await verify(pdf, 'certificate.pdf');
    expect(good).toMatchObject({
      valid: true,
      reason: null,
      issuedByThisInstallation: true,
      replacedBy: null,
      facts: {
        name: 'Dana Reyes, RN, MSN',
        course: 'Hand Hygiene Refresher',
        courseVersion: '1.0.0',
        date: issued.completionDate,
        hours: 0.25,
        hoursLine: '0.25 hours',
        postTestPercent: 100,
        id: issued.certificateId,
        code: issued.verificationCode,
        issuerDid: issued.issuerDid,
      },
    });
    expect(good.message).toMatch(
      /^VALID: .*does not show that a provider or accrediting body endorsed it\.$/,
    );
    expect(await verify(Buffer.from(json), 'credential.json')).toMatchObject({ valid: true });
    for (const [bytes, name, reason] of [
      [attached, 'certificate.pdf', 'bad-signature'],
      [shown, 'certificate.pdf', 'page-mismatch'],
      [editedJson, 'credential.json', 'bad-signature'],
    ] as const) {
      expect(await verify(bytes, name)).toMatchObject({ valid: false, reason, facts: null });
    }
    // The text of the certificate's QR code, pasted as scanned, is accepted as it is; an edited one is not.
    const read = readCertificateCredential(JSON.parse(json) as JsonObject);
    if (!read.ok) throw new Error(read.message);
    const qrText = verificationText(
      verificationTextBody(read.snapshot, read.issuerDid),
      read.verificationSignature ?? '',
    );
    expect(await verify(Buffer.from(qrText), 'verification text')).toMatchObject({
      valid: true,
      suite: null,
      issuedByThisInstallation: true,
      notice: expect.stringContaining('does not check the printed page') as unknown,
      facts: {
        id: issued.certificateId,
        code: issued.verificationCode,
        name: 'Dana Reyes, RN, MSN',
        hours: 0.25,
      },
    });
    expect(
      await verify(Buffer.from(qrText.replace('Name: Dana', 'Name: Dina')), 'verification text'),
    ).toMatchObject({ valid: false, reason: 'bad-verification-text', facts: null });
    const notBase64 = await world.fail(
      'certificates.verify',
      { fileName: 'x.pdf', dataBase64: 'not base64!' },
      anyone,
    );
    expect(notBase64.code).toBe('invalid_input');
  });

  it('reprints: issuing again returns the same certificate, credential bytes and PDF bytes', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    const first = await world.ok('certificates.issue', { courseId }, learner);
    const firstFiles = await downloads(world, learner, first.certificateId);
    // A later change of profile does not change an issued certificate; a correction does (see below).
    await world.ok('profiles.update', { certificateName: 'Dana R. Reyes' }, learner);
    world.clock.now += 86_400_000;
    const again = await world.ok('certificates.issue', { courseId }, learner);
    expect(again).toEqual({ ...first, alreadyIssued: true });
    const againFiles = await downloads(world, learner, again.certificateId);
    expect(againFiles.json).toBe(firstFiles.json);
    expect(againFiles.pdf.equals(firstFiles.pdf)).toBe(true);
    expect(await world.ok('certificates.list', {}, learner)).toHaveLength(1);
  });

  it('prints the course designations and accreditation statement verbatim', async () => {
    const statement = 'Accredited by the "Example Board" & partners: 1.0 < 2.0, so — yes.\nSecond line.\n';
    const designation = 'Example CE Provider designates this activity for 0.25 contact hours (ANCC).';
    const world = await coreWorld({
      editCourse: (dir) => {
        editCourse(
          dir,
          'objectives:\n',
          `accreditation_statement: |\n  ${statement.trimEnd().split('\n').join('\n  ')}\nobjectives:\n`,
        );
        editCourse(
          dir,
          'designations:\n',
          `designations:\n    - type: Nursing contact hours\n      statement: ${designation}\n`,
        );
      },
    });
    expect(world.course.accreditationStatement).toBe(statement);
    const learner = await certifiedLearner(world);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    const { pdf } = await downloads(world, learner, issued.certificateId);
    const report = await verifyCertificateFile(pdf, 'c.pdf');
    expect(report.valid).toBe(true);
    if (!report.valid || report.kind === 'text') return;
    expect(report.snapshot.accreditationStatement).toBe(statement);
    expect(report.snapshot.designations).toEqual([
      { type: 'Nursing contact hours', statement: designation },
      world.course.credit.designations[1],
    ]);
  });

  it('refuses a name the certificate fonts cannot show, and stores nothing', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Wang', { certificateName: '王小明' });
    await completeCourse(world, learner);
    const error = await world.fail('certificates.issue', { courseId }, learner);
    expect(error.code).toBe('invalid_input');
    expect(await world.ok('certificates.list', {}, learner)).toEqual([]);
  });

  it('keeps the certificate when the backup after issuing fails, and says so', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    const backups = path.join(world.dataDir, 'backups');
    fs.rmSync(backups, { recursive: true, force: true });
    fs.writeFileSync(backups, 'not a folder');
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued.backupNotice).toMatch(/issued and saved, but CE Player could not make a backup/);
    expect(world.errors.some((e) => e.startsWith('Backup after issuing a certificate failed'))).toBe(true);
    expect(await world.ok('certificates.list', {}, learner)).toMatchObject([
      { certificateId: issued.certificateId },
    ]);
  });
});
