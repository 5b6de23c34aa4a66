import { describe, expect, it } from 'vitest';
import { certificateIdOfPdfPath, certificatePdfPath } from '../../../main/contract/filePaths';
import { certificatePdfResponse } from '../../../main/core/app/certificatePdfResponse';
import { createSession } from '../../../main/core/app/session';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { certifiedLearner, coreWorld, courseId, downloadCertificate } from '../support/coreWorld';

describe('certificate PDF addresses', () => {
  it('round-trip a certificate id and refuse every other path', () => {
    const id = '0f9e1c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(certificateIdOfPdfPath(certificatePdfPath(id))).toBe(id);
    for (const other of [
      `/files/certificates/${id}.PDF`,
      `/files/certificates/${id}.pdf/`,
      `/files/certificates/../${id}.pdf`,
      `/files/certificates/%2e%2e%2f${id}.pdf`,
      '/files/certificates/not-a-certificate.pdf',
      `/files/${id}.pdf`,
      `/files/certificates/${id}.credential.json`,
    ]) {
      expect(certificateIdOfPdfPath(other), other).toBeNull();
    }
  });
});

describe('serving a certificate PDF to a shell', () => {
  it('gives the owner the same signed bytes as Save PDF, inline, framable by the app alone', async () => {
    const world = await coreWorld();
    const learner = await certifiedLearner(world);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    const saved = await downloadCertificate(world, learner, issued.certificateId);

    const served = await certificatePdfResponse(world.core, learner, issued.certificateId);
    if (served.status !== 200) throw new Error(`expected the PDF, got ${served.status}: ${served.message}`);
    expect(served.body.equals(saved.pdf)).toBe(true);
    expect(served.fileName).toBe(saved.pdfName);
    expect(await verifyCertificateFile(served.body, served.fileName)).toMatchObject({ valid: true });
    expect(served.headers['Content-Type']).toBe('application/pdf');
    expect(served.headers['Content-Disposition']).toBe(
      `inline; filename="${saved.pdfName}"; filename*=UTF-8''${encodeURIComponent(saved.pdfName)}`,
    );
    expect(served.headers['Content-Security-Policy']).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(served.headers['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(served.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(served.headers['Cache-Control']).toBe('no-store');
  });

  it('gives another learner, a signed-out session and an unknown id a message and no bytes', async () => {
    const world = await coreWorld();
    const owner = await certifiedLearner(world);
    const issued = await world.ok('certificates.issue', { courseId }, owner);
    const other = await world.signUp('Other learner');

    expect(await certificatePdfResponse(world.core, other, issued.certificateId)).toEqual({
      status: 404,
      message: 'This certificate is not in your transcript.',
    });
    expect(await certificatePdfResponse(world.core, createSession(), issued.certificateId)).toEqual({
      status: 401,
      message: 'Choose your profile in CE Player first, then open the certificate again.',
    });
    const unknown = await certificatePdfResponse(world.core, owner, '0f9e1c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(unknown.status).toBe(404);
    expect(world.errors).toEqual([]);
  });
});
