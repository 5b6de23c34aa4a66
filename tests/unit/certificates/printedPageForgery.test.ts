import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerDisplayName } from '../../../main/core/certificates/certificateSnapshot';
import type { SigningKey } from '../../../main/core/certificates/signingKey';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { renderStoredCertificate, sealCertificate } from '../../../main/core/issuance/sealCertificate';
import { fontDir, makeSuiteTempDir, repoRoot, sampleFacts } from './certificateFixtures';
import {
  FORGED_NAME,
  forgeWithAnnotation,
  forgeWithClonedFont,
  forgeWithIncrementalUpdate,
} from './pdfForgery';
import { pdftotext } from './pdfTools';

/*
 * Issue 21, finding 3: three PDFs that show another name while the signed credential.json stays attached and
 * intact. Each is made from a certificate issued through the core's sealing path (the one issueCertificate and the
 * certificates.pdf channel use) and must be called INVALID.
 */

let key: SigningKey;
let genuine: Buffer;
let signedName: string;

beforeAll(async () => {
  key = loadOrCreateSigningKey(makeSuiteTempDir(), Date.now());
  const sealed = await sealCertificate(sampleFacts(), key, fontDir);
  genuine = await renderStoredCertificate(sealed.snapshot, sealed.credentialJson, fontDir);
  signedName = learnerDisplayName(sealed.snapshot.certificateName, sealed.snapshot.credentials);
});

describe('a printed page bound to its credential (issue 21, finding 3)', () => {
  it('calls the genuine certificate VALID', async () => {
    expect(await verifyCertificateFile(genuine, 'certificate.pdf')).toMatchObject({ valid: true });
  });

  it('calls a page drawn with a cloned font whose ToUnicode map reads back the signed name INVALID', async () => {
    const forged = forgeWithClonedFont(genuine, signedName);
    // Text extraction reads the signed name: only the glyphs say otherwise.
    expect(pdftotext(forged).replace(/\s+/g, '')).toContain(signedName.replace(/\s+/g, ''));
    const report = await verifyCertificateFile(forged, 'certificate.pdf');
    expect(report).toMatchObject({ valid: false, reason: 'page-mismatch' });
    if (!report.valid) expect(report.message).toMatch(/not the one CE Player draws for this credential/);
  });

  it('calls an incremental update whose xref points at a changed page, a stale copy last in the file, INVALID', async () => {
    const forged = forgeWithIncrementalUpdate(genuine, signedName);
    // A viewer follows the cross-reference table, and so shows the other name.
    expect(pdftotext(forged)).toContain(FORGED_NAME);
    expect(await verifyCertificateFile(forged, 'certificate.pdf')).toMatchObject({
      valid: false,
      reason: 'incremental-update',
    });
  });

  it('calls a page whose signed name is invisible and whose shown name is an annotation INVALID', async () => {
    const forged = forgeWithAnnotation(genuine, signedName);
    expect(await verifyCertificateFile(forged, 'certificate.pdf')).toMatchObject({
      valid: false,
      reason: 'annotation',
    });
  });

  it('calls every forged fixture INVALID for its own reason, in both certificate formats', async () => {
    const forged = path.join(repoRoot, 'tests', 'fixtures', 'certificates', 'forged');
    for (const format of [1, 2]) {
      for (const [attack, reason] of [
        ['cloned-font', 'page-mismatch'],
        ['incremental-update', 'incremental-update'],
        ['annotation', 'annotation'],
      ]) {
        const file = readFileSync(path.join(forged, `format-${format}-${attack}.pdf`));
        expect(pdftotext(file).includes(FORGED_NAME) || attack === 'cloned-font').toBe(true);
        const report = await verifyCertificateFile(file, 'certificate.pdf', { fontDir });
        expect(report, `format-${format}-${attack}`).toMatchObject({ valid: false, reason });
      }
    }
  });
});
