import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCertVerify } from '../../../main/cli/certVerify';
import type { CertificateSnapshot } from '../../../main/core/certificates/certificateSnapshot';
import { PdfFile } from '../../../main/core/certificates/pdfFile';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { renderStoredCertificate } from '../../../main/core/issuance/sealCertificate';
import { fontDir, repoRoot } from './certificateFixtures';
import { qpdfRewrite } from './pdfTools';

/*
 * Certificates already issued keep verifying, and keep reprinting byte for byte: format 1 (before eddsa-rdfc-2022)
 * and format 2, each from a real certificate in tests/fixtures/certificates. Files other programs rewrite are read
 * through their cross-reference tables; what CE Player never writes is refused.
 */

const fixture = (format: 1 | 2) => {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'certificates', `format-${format}`);
  return {
    pdf: readFileSync(path.join(dir, 'certificate.pdf')),
    credentialJson: readFileSync(path.join(dir, 'credential.json'), 'utf8'),
    snapshot: JSON.parse(readFileSync(path.join(dir, 'snapshot.json'), 'utf8')) as CertificateSnapshot,
  };
};

describe('certificates of each format', () => {
  it('verifies an older (format-1) certificate fully, and says it carries the older suite', async () => {
    const { pdf, credentialJson, snapshot } = fixture(1);
    const report = await verifyCertificateFile(pdf, 'certificate.pdf', { fontDir });
    expect(report).toMatchObject({ valid: true, kind: 'pdf', format: 1, suite: 'eddsa-jcs-2022', snapshot });
    if (!report.valid) return;
    expect(report.notice).toMatch(/older CE Player certificate.*eddsa-jcs-2022/);
    expect(report.checks.join(' ')).toMatch(/drawn again from the credential is identical/);
    expect(await verifyCertificateFile(Buffer.from(credentialJson), 'credential.json')).toMatchObject({
      valid: true,
      format: 1,
      suite: 'eddsa-jcs-2022',
    });
    const lines: string[] = [];
    expect(
      await runCertVerify(
        [path.join(repoRoot, 'tests/fixtures/certificates/format-1/certificate.pdf')],
        (l) => lines.push(l),
      ),
    ).toBe(0);
    expect(lines.join('\n')).toMatch(
      /Proof: +eddsa-jcs-2022 \(older certificate\)[\s\S]*Note: +This is an older/,
    );
  });

  it('verifies a format-2 certificate with its eddsa-rdfc-2022 proof', async () => {
    const { pdf, snapshot } = fixture(2);
    expect(await verifyCertificateFile(pdf, 'certificate.pdf', { fontDir })).toMatchObject({
      valid: true,
      format: 2,
      suite: 'eddsa-rdfc-2022',
      notice: null,
      snapshot,
    });
  });

  it('reprints a certificate of either format byte for byte from what the database stores', async () => {
    for (const format of [1, 2] as const) {
      const { pdf, credentialJson, snapshot } = fixture(format);
      const reprint = await renderStoredCertificate(snapshot, credentialJson, fontDir);
      expect(reprint.equals(pdf), `format ${format}`).toBe(true);
    }
  });

  it('still verifies a PDF another program re-saved without changing it, whatever its cross-reference form', async () => {
    const { pdf } = fixture(2);
    for (const args of [
      ['--object-streams=generate'],
      ['--qdf', '--object-streams=disable'],
      ['--compress-streams=n'],
    ]) {
      const resaved = qpdfRewrite(pdf, ...args);
      expect(new PdfFile(resaved).revisions).toBe(1);
      expect(await verifyCertificateFile(resaved, 'c.pdf', { fontDir }), args.join(' ')).toMatchObject({
        valid: true,
      });
    }
  });

  it('refuses a file with two cross-reference sections, or an object defined twice', async () => {
    const { pdf } = fixture(2);
    const linearized = qpdfRewrite(pdf, '--linearize');
    expect(await verifyCertificateFile(linearized, 'c.pdf', { fontDir })).toMatchObject({
      valid: false,
      reason: 'incremental-update',
    });
    // A second, different definition of the Info dictionary before the real one, with a table that is right.
    const text = pdf.toString('latin1');
    const info = /\n(\d+) 0 obj\n<<\n\/Producer[\s\S]*?endobj\n/.exec(text);
    if (!info) throw new Error('No Info dictionary');
    const twice = withCrossReferenceRebuilt(
      text.replace(info[0], `${info[0].replace('/Producer', '/Keywords (stale)\n/Producer')}${info[0]}`),
    );
    expect(new PdfFile(twice).strayDefinitions).toEqual([Number(info[1])]);
    const report = await verifyCertificateFile(twice, 'c.pdf', { fontDir });
    expect(report).toMatchObject({ valid: false, reason: 'duplicate-object' });
  });
});

/** The file with a classic cross-reference table rebuilt to point at the last definition of each object. */
function withCrossReferenceRebuilt(text: string): Buffer {
  const body = text.slice(0, text.lastIndexOf('\nxref\n') + 1);
  const offsets = new Map<number, number>();
  for (const match of body.matchAll(/(?<=\n)(\d+) 0 obj\b/g)) offsets.set(Number(match[1]), match.index);
  const size = Math.max(...offsets.keys()) + 1;
  const rows = Array.from({ length: size }, (_, num) =>
    num === 0 ? '0000000000 65535 f ' : `${String(offsets.get(num) ?? 0).padStart(10, '0')} 00000 n `,
  );
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text)?.[1] ?? '';
  const xref = `xref\n0 ${size}\n${rows.join('\n')}\ntrailer\n${trailer}\nstartxref\n${body.length}\n%%EOF\n`;
  return Buffer.from(`${body}${xref}`, 'latin1');
}
