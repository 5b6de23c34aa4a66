import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCertificateCredential,
  type SignedCredential,
} from '../../../main/core/certificates/certificateCredential';
import type { CertificateSnapshot } from '../../../main/core/certificates/certificateSnapshot';
import { certificatePageTexts } from '../../../main/core/certificates/certificatePage';
import { certificateWording } from '../../../main/core/certificates/certificateWording';
import { readCertificateCredential } from '../../../main/core/certificates/readCertificateCredential';
import { verificationText, verificationTextBody } from '../../../main/core/certificates/verificationText';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { resolveCertificateFontDir } from '../../../main/core/certificates/certificateFonts';
import { qrMatrix } from '../../../main/core/certificates/pdfQrCode';
import {
  renderCertificatePdf,
  serializeCredential,
} from '../../../main/core/certificates/renderCertificatePdf';
import type { SigningKey } from '../../../main/core/certificates/signingKey';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import { CoreError } from '../../../main/core/coreError';
import { fontDir, makeSuiteTempDir, makeTempDir, sampleSnapshot } from './certificateFixtures';
import { pdftotext, qpdfCheck, qpdfObjects } from './pdfTools';

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
// pdftotext joins a word hyphenated across two lines ("eddsa-" + "rdfc-2022"), so compare without hyphens too.
const unhyphenated = (text: string) => flat(text).replace(/-/g, '');

let key: SigningKey;
let snapshot: CertificateSnapshot;
let credential: SignedCredential;
let pdf: Buffer;

beforeAll(async () => {
  key = loadOrCreateSigningKey(makeSuiteTempDir(), Date.now());
  snapshot = sampleSnapshot(key, {
    supersedes: '0b0e7c55-1d8a-4c8e-a1f2-2c1d0e9f8a7b',
    signatory: '[Placeholder] Director of Continuing Education, Example CE Provider',
  });
  credential = await buildCertificateCredential(snapshot, key);
  pdf = await renderCertificatePdf(snapshot, credential, { fontDir });
});

describe('renderCertificatePdf', () => {
  it('writes a PDF that qpdf --check finds free of syntax and stream errors', () => {
    const { status, output } = qpdfCheck(pdf);
    expect(output).toMatch(/PDF Version: 1\.7/);
    expect(output).toMatch(/No syntax or stream encoding errors found/);
    expect(status).toBe(0);
  });

  it('prints every required fact, verbatim, as pdftotext reads the page', () => {
    const text = flat(pdftotext(pdf));
    const wording = certificateWording(snapshot, key.did);
    for (const line of certificatePageTexts(wording)) {
      expect(unhyphenated(text), line).toContain(unhyphenated(line));
    }
    for (const expected of [
      'Amélie O’Neil-Ngata, RN, MSN',
      'License RN-884213 (CA)',
      'Ketamine Treatment for Mental Health',
      'Course version 1.0.0',
      'Provided by Example CE Provider & Partners',
      'Completed on November 14, 2026',
      '4.75 hours of continuing education',
      'Post-test score: 86%',
      flat(snapshot.designations[0]?.statement ?? 'missing'),
      'Certificate of completion. This activity is not accredited.',
      `Certificate ID: ${snapshot.certificateId}`,
      `Verification code: ${snapshot.verificationCode}`,
      `Replaces certificate ${snapshot.supersedes ?? ''}`,
      'Issued November 14, 2026, 18:30 UTC',
      '[Placeholder] Director of Continuing Education, Example CE Provider',
    ]) {
      expect(text).toContain(expected);
    }
    expect(unhyphenated(text)).toContain(unhyphenated(`Signed (eddsa-rdfc-2022) by ${key.did}.`));
    expect(text).not.toMatch(/claimed/i);
    // The did:key appears once, in the small "How to verify" line.
    expect(text.split(key.did)).toHaveLength(2);
  });

  it('is one landscape Letter page in PDF/A-3b form: tagged, en-US, XMP, output intent, embedded fonts', () => {
    const objects = qpdfObjects(pdf);
    const values = Object.values(objects).map((o) => o.value as Record<string, unknown> | undefined);
    const catalog = values.find((v) => v?.['/Type'] === '/Catalog');
    expect(catalog).toMatchObject({ '/Lang': 'u:en-US', '/MarkInfo': expect.any(String) as unknown });
    expect(catalog?.['/StructTreeRoot']).toBeDefined();
    expect(catalog?.['/OutputIntents']).toHaveLength(1);
    const pages = values.filter((v) => v?.['/Type'] === '/Page');
    expect(pages).toHaveLength(1);
    expect(pages[0]?.['/MediaBox']).toEqual([0, 0, 792, 612]);
    const fonts = values.filter((v) => v?.['/Type'] === '/Font' && v['/Subtype'] === '/Type0');
    expect(fonts.map((f) => String(f?.['/BaseFont']).replace(/^\/[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
      'DejaVuSerif-Bold',
    ]);
    expect(JSON.stringify(objects)).not.toMatch(/Helvetica|Times-Roman|Courier/);
    const descriptors = values.filter((v) => v?.['/Type'] === '/FontDescriptor');
    expect(descriptors.every((d) => d?.['/FontFile2'] !== undefined)).toBe(true);
    const xmp = pdf.toString('latin1').match(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/)?.[0] ?? '';
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    // pdfkit does not escape XMP text by itself; the provider's "&" must arrive escaped.
    expect(xmp).toContain('Example CE Provider &amp; Partners');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    expect(values.some((v) => v?.['/S'] === '/Figure' && String(v['/Alt']).includes('QR code'))).toBe(true);
  });

  it('attaches the signed credential as credential.json with AFRelationship Data', () => {
    const objects = Object.values(qpdfObjects(pdf));
    const spec = objects
      .map((o) => o.value as Record<string, unknown> | undefined)
      .find((v) => v?.['/Type'] === '/Filespec');
    expect(spec).toMatchObject({
      '/AFRelationship': '/Data',
      '/F': 'u:credential.json',
      '/UF': 'u:credential.json',
    });
    const file = objects.find((o) => o.stream?.dict['/Type'] === '/EmbeddedFile');
    expect(file?.stream?.dict['/Subtype']).toBe('/application/json');
    // The attachment is the credential, byte for byte.
    const text = pdf.toString('latin1');
    const start = text.indexOf('/Type /EmbeddedFile');
    const streamAt = text.indexOf('stream\n', start) + 'stream\n'.length;
    const length = Number(/\/Length (\d+)/.exec(text.slice(start - 300, streamAt))?.[1]);
    const attached = inflateSync(pdf.subarray(streamAt, streamAt + length)).toString('utf8');
    expect(attached).toBe(serializeCredential(credential));
  });

  it("draws the QR code of the certificate's verification text module by module, and that text verifies", async () => {
    const read = readCertificateCredential(credential);
    if (!read.ok) throw new Error(read.message);
    const qrText = verificationText(
      verificationTextBody(snapshot, key.did),
      read.verificationSignature ?? '',
    );
    expect(qrText).toMatch(/^CE Player certificate verification text 1\nCertificate: /);
    const report = await verifyCertificateFile(Buffer.from(qrText), 'scanned.txt');
    expect(report).toMatchObject({ valid: true, kind: 'text', issuerDid: key.did });
    const matrix = await qrMatrix(qrText);
    const text = pdf.toString('latin1');
    // Decode every Flate stream and find the one holding the QR rectangles.
    const rects: number[][] = [];
    for (const match of text.matchAll(/\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)) {
      const begin = (match.index ?? 0) + match[0].length;
      const content = inflateSync(pdf.subarray(begin, begin + Number(match[1]))).toString('latin1');
      const figure = content.match(/\/Figure <<[\s\S]*?BDC([\s\S]*?)EMC/)?.[1];
      if (!figure) continue;
      for (const r of figure.matchAll(/([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) re/g))
        rects.push(r.slice(1, 5).map(Number));
    }
    expect(rects.length).toBeGreaterThan(0);
    const x0 = Math.min(...rects.map((r) => r[0] ?? 0));
    const y0 = Math.min(...rects.map((r) => r[1] ?? 0));
    const module = 108 / matrix.size;
    const drawn = new Set<string>();
    for (const [x = 0, y = 0, w = 0] of rects) {
      const row = Math.round((y - y0) / module);
      const first = Math.round((x - x0) / module);
      for (let c = 0; c < Math.round(w / module); c++) drawn.add(`${row},${first + c}`);
    }
    const expected = new Set<string>();
    for (let r = 0; r < matrix.size; r++)
      for (let c = 0; c < matrix.size; c++) if (matrix.isDark(r, c)) expected.add(`${r},${c}`);
    expect(drawn).toEqual(expected);
  });

  it('gives the same bytes for the same snapshot and credential (a reprint)', async () => {
    const again = await renderCertificatePdf(snapshot, await buildCertificateCredential(snapshot, key), {
      fontDir,
    });
    expect(again.equals(pdf)).toBe(true);
  });

  it('shrinks long statements to fit one page, and refuses what cannot fit', async () => {
    const statement = 'This long designation statement is printed verbatim on the certificate. '.repeat(6);
    const long = sampleSnapshot(key, {
      designations: Array.from({ length: 4 }, () => ({ type: 'CE', statement })),
    });
    const longPdf = await renderCertificatePdf(long, await buildCertificateCredential(long, key), {
      fontDir,
    });
    const pages = Object.values(qpdfObjects(longPdf)).filter(
      (o) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/Page',
    );
    expect(pages).toHaveLength(1);
    expect(flat(pdftotext(longPdf))).toContain(flat(statement));
    const tooLong = sampleSnapshot(key, {
      designations: Array.from({ length: 30 }, () => ({ type: 'CE', statement })),
    });
    await expect(
      renderCertificatePdf(tooLong, await buildCertificateCredential(tooLong, key), { fontDir }),
    ).rejects.toThrow(/do not fit on one page/);
  });

  it('refuses a name its fonts cannot print rather than print empty boxes', async () => {
    const cjk = sampleSnapshot(key, { certificateName: '王小明' });
    const promise = renderCertificatePdf(cjk, await buildCertificateCredential(cjk, key), { fontDir });
    await expect(promise).rejects.toThrow(CoreError);
    await expect(promise).rejects.toThrow(/U\+738B/);
  });

  it('refuses to print a credential that does not verify or belongs to other facts', async () => {
    const other = sampleSnapshot(key, { hoursClaimed: 2 });
    await expect(renderCertificatePdf(other, credential, { fontDir })).rejects.toThrow(/states other facts/);
    const changed: SignedCredential = { ...credential, name: 'Edited after signing' } as SignedCredential;
    await expect(renderCertificatePdf(snapshot, changed, { fontDir })).rejects.toThrow(CoreError);
  });

  it('finds the shipped fonts in build/fonts by default, and says plainly when they are missing', async () => {
    expect(resolveCertificateFontDir()).toBe(fontDir);
    await expect(renderCertificatePdf(snapshot, credential, { fontDir: makeTempDir() })).rejects.toThrow(
      /certificate fonts are missing/,
    );
  });
});
