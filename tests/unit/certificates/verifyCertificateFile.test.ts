import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCertificateCredential,
  type SignedCredential,
} from '../../../main/core/certificates/certificateCredential';
import type { CertificateSnapshot } from '../../../main/core/certificates/certificateSnapshot';
import {
  renderCertificatePdf,
  serializeCredential,
} from '../../../main/core/certificates/renderCertificatePdf';
import type { SigningKey } from '../../../main/core/certificates/signingKey';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { fontDir, makeSuiteTempDir, makeTempDir, sampleSnapshot, vectorPath } from './certificateFixtures';
import { editPdf, pdftotext, qpdfRewrite, replaceOnce, replaceShownText } from './pdfTools';

let key: SigningKey;
let snapshot: CertificateSnapshot;
let credential: SignedCredential;
let pdf: Buffer;

beforeAll(async () => {
  key = loadOrCreateSigningKey(makeSuiteTempDir(), Date.now());
  snapshot = sampleSnapshot(key);
  credential = await buildCertificateCredential(snapshot, key);
  pdf = await renderCertificatePdf(snapshot, credential, { fontDir });
});

describe('verifyCertificateFile', () => {
  it('calls an untouched certificate PDF VALID and returns its facts', async () => {
    const report = await verifyCertificateFile(pdf, 'certificate.pdf');
    expect(report).toMatchObject({
      valid: true,
      kind: 'pdf',
      snapshot,
      issuerDid: key.did,
      suite: 'eddsa-rdfc-2022',
      format: 2,
      notice: null,
    });
    if (report.valid) {
      expect(report.checks.join(' ')).toMatch(
        /eddsa-rdfc-2022 proof.*drawn again from the credential is identical/,
      );
    }
  });

  it('calls the saved credential JSON VALID, and so the same PDF re-saved by another tool', async () => {
    expect(
      await verifyCertificateFile(Buffer.from(serializeCredential(credential)), 'credential.json'),
    ).toMatchObject({
      valid: true,
      kind: 'json',
      snapshot,
    });
    // Object streams and a rewritten cross-reference table, as PDF tools re-save files.
    for (const resaved of [qpdfRewrite(pdf, '--object-streams=generate'), qpdfRewrite(pdf, '--qdf')]) {
      expect(await verifyCertificateFile(resaved, 'certificate.pdf')).toMatchObject({
        valid: true,
        kind: 'pdf',
      });
    }
  });

  it('calls a PDF whose attached credential was edited INVALID: changed after signing', async () => {
    for (const [from, to] of [
      ['"creditsEarned": 4.75,', '"creditsEarned": 5.00,'],
      ['"identityHash": "Amélie O’Neil-Ngata"', '"identityHash": "Amélie O’Neil-Ngatb"'],
    ] as const) {
      const tampered = editPdf(pdf, (qdf) => replaceOnce(qdf, from, to));
      const report = await verifyCertificateFile(tampered, 'certificate.pdf');
      expect(report).toMatchObject({ valid: false, kind: 'pdf', reason: 'bad-signature' });
      if (!report.valid) expect(report.message).toMatch(/attached to the PDF.*changed after it was signed/);
    }
  });

  it('calls a PDF whose printed hours were edited INVALID, naming the fact, though its credential is intact', async () => {
    const tampered = replaceShownText(pdf, '4.75', '4.70');
    expect(pdftotext(tampered)).toContain('4.70 hours of continuing education');
    const report = await verifyCertificateFile(tampered, 'certificate.pdf');
    expect(report).toMatchObject({ valid: false, reason: 'page-mismatch' });
    if (!report.valid) expect(report.message).toMatch(/not the one CE Player draws.*Contents: stream data/);
  });

  it('calls a PDF with text added to the page INVALID', async () => {
    const added = editPdf(pdf, (qdf) => {
      const content = qdf.indexOf('BT\n');
      return `${qdf.slice(0, content)}BT\n/F1 9 Tf 1 0 0 1 100 100 Tm (Extra) Tj\nET\n${qdf.slice(content)}`;
    });
    expect(await verifyCertificateFile(added, 'certificate.pdf')).toMatchObject({
      valid: false,
      reason: 'page-mismatch',
    });
  });

  it('calls an edited saved credential JSON INVALID', async () => {
    const edits: ((c: Record<string, unknown>) => void)[] = [
      (c) => ((c.credentialSubject as Record<string, unknown>).creditsEarned = 5),
      (c) => ((c.credentialSubject as Record<string, unknown>).activityEndDate = '2026-11-13'),
      (c) => (c.validFrom = '2026-11-13T18:30:05Z'),
      (c) => ((c.issuer as Record<string, unknown>).name = 'Accredited Board'),
    ];
    for (const change of edits) {
      const copy = JSON.parse(serializeCredential(credential)) as Record<string, unknown>;
      change(copy);
      const report = await verifyCertificateFile(Buffer.from(JSON.stringify(copy)), 'credential.json');
      expect(report).toMatchObject({ valid: false, reason: 'bad-signature' });
    }
  });

  it('calls a certificate signed by another key INVALID when the expected issuer is given', async () => {
    const other = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const forged = sampleSnapshot(other);
    const forgedPdf = await renderCertificatePdf(forged, await buildCertificateCredential(forged, other), {
      fontDir,
    });
    expect(await verifyCertificateFile(forgedPdf, 'c.pdf')).toMatchObject({
      valid: true,
      issuerDid: other.did,
    });
    const report = await verifyCertificateFile(forgedPdf, 'c.pdf', { trustedIssuers: [key.did] });
    expect(report).toMatchObject({ valid: false, reason: 'other-key' });
    if (!report.valid) expect(report.message).toContain(other.did);
    expect(await verifyCertificateFile(pdf, 'c.pdf', { trustedIssuers: [key.did] })).toMatchObject({
      valid: true,
    });
  });

  it("calls a PDF that swaps in another certificate's credential INVALID: the page does not match it", async () => {
    const otherSnapshot = sampleSnapshot(key, { certificateName: 'Jordan Lee', credentials: 'MD' });
    const otherCredential = serializeCredential(await buildCertificateCredential(otherSnapshot, key));
    const original = serializeCredential(credential);
    const swapped = editPdf(pdf, (qdf) => replaceOnce(qdf, original, otherCredential));
    const report = await verifyCertificateFile(swapped, 'certificate.pdf');
    expect(report).toMatchObject({ valid: false, reason: 'page-mismatch' });
  });

  it('explains files that are not certificates or are damaged', async () => {
    const noAttachment = editPdf(pdf, (qdf) =>
      qdf.replace('/EmbeddedFiles', '/NoFiles').replace(/\/AF \[\s*\d+ 0 R\s*\]/, ''),
    );
    expect(await verifyCertificateFile(noAttachment, 'c.pdf')).toMatchObject({
      valid: false,
      reason: 'not-a-certificate',
    });
    const truncated = pdf.subarray(0, Math.floor(pdf.length / 3));
    expect(await verifyCertificateFile(truncated, 'c.pdf')).toMatchObject({ valid: false });
    expect(await verifyCertificateFile(Buffer.from('hello'), 'c.pdf')).toMatchObject({
      valid: false,
      reason: 'damaged-file',
    });
    expect(await verifyCertificateFile(Buffer.from('hello'), 'notes.txt')).toMatchObject({
      valid: false,
      reason: 'not-a-certificate',
    });
    expect(await verifyCertificateFile(Buffer.from('{"a":'), 'c.json')).toMatchObject({
      valid: false,
      reason: 'malformed',
    });
    const vector = await verifyCertificateFile(readFileSync(vectorPath), 'signedJCS.json');
    expect(vector).toMatchObject({ valid: false, reason: 'not-a-certificate' });
    if (!vector.valid)
      expect(vector.message).toMatch(/signature is valid, but this is not a CE Player certificate/);
  });

  it('never throws on damaged PDFs: every truncation and byte flip gives a report', async () => {
    for (let cut = 200; cut < pdf.length; cut += Math.floor(pdf.length / 40)) {
      expect((await verifyCertificateFile(pdf.subarray(0, cut), 'c.pdf')).valid).toBe(false);
    }
    for (let i = 0; i < 60; i++) {
      const damaged = Buffer.from(pdf);
      const at = 100 + ((i * 7919) % (pdf.length - 200));
      damaged[at] = (damaged[at] ?? 0) ^ 0xff;
      await expect(verifyCertificateFile(damaged, 'c.pdf')).resolves.toHaveProperty('valid');
    }
  });
});
