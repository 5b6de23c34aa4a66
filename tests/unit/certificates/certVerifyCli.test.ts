import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { bundleExternals } from '../../../scripts/bundleExternals.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCertVerify } from '../../../main/cli/certVerify';
import { buildCertificateCredential } from '../../../main/core/certificates/certificateCredential';
import {
  renderCertificatePdf,
  serializeCredential,
} from '../../../main/core/certificates/renderCertificatePdf';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import type { SigningKey } from '../../../main/core/certificates/signingKey';
import { fontDir, makeSuiteTempDir, makeTempDir, repoRoot, sampleSnapshot } from './certificateFixtures';
import { replaceShownText } from './pdfTools';
import { readCertificateCredential } from '../../../main/core/certificates/readCertificateCredential';
import { verificationText, verificationTextBody } from '../../../main/core/certificates/verificationText';

let dir = '';
let key: SigningKey;
let qrText = '';

beforeAll(async () => {
  dir = makeSuiteTempDir();
  key = loadOrCreateSigningKey(makeTempDir(), Date.now());
  const snapshot = sampleSnapshot(key);
  const credential = await buildCertificateCredential(snapshot, key);
  const pdf = await renderCertificatePdf(snapshot, credential, { fontDir });
  writeFileSync(path.join(dir, 'certificate.pdf'), pdf);
  writeFileSync(path.join(dir, 'credential.json'), serializeCredential(credential));
  writeFileSync(path.join(dir, 'changed.pdf'), replaceShownText(pdf, '4.75', '4.70'));
  const edited = serializeCredential(credential).replace('"creditsEarned": 4.75', '"creditsEarned": 5');
  writeFileSync(path.join(dir, 'changed.json'), edited);
  const read = readCertificateCredential(credential);
  qrText = read.ok
    ? verificationText(verificationTextBody(snapshot, key.did), read.verificationSignature ?? '')
    : '';
  writeFileSync(path.join(dir, 'scanned.txt'), `${qrText}\n`);
  writeFileSync(path.join(dir, 'changed.txt'), qrText.replace('Hours: 4.75', 'Hours: 5.0'));
});

async function run(...args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runCertVerify(args, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

describe('cert:verify', () => {
  it('prints VALID with the main facts and exits 0 for an intact PDF or credential', async () => {
    for (const file of ['certificate.pdf', 'credential.json']) {
      const { code, text } = await run('--', path.join(dir, file));
      expect(code).toBe(0);
      expect(text).toMatch(/^VALID: /);
      for (const fact of [
        'Amélie O’Neil-Ngata, RN, MSN',
        'Ketamine Treatment for Mental Health (version 1.0.0, id ketamine-therapy)',
        'Example CE Provider & Partners',
        'November 14, 2026',
        '4.75 hours of continuing education',
        '86%',
        'Certificate of completion. This activity is not accredited.',
        key.did,
        'eddsa-rdfc-2022',
        'does not show that the',
      ]) {
        expect(text).toContain(fact);
      }
    }
  });

  it("accepts a certificate's QR verification text as is: from a file, as the argument, or on standard input", async () => {
    const fromFile = await run(path.join(dir, 'scanned.txt'));
    expect(fromFile.code).toBe(0);
    expect(fromFile.text).toMatch(/^VALID: .*verification text/);
    for (const fact of ['Amélie O’Neil-Ngata, RN, MSN', '4.75', key.did, 'does not check the printed page']) {
      expect(fromFile.text).toContain(fact);
    }
    expect((await run(qrText)).code).toBe(0);
    const stdin = await runCertVerify(['-'], () => undefined, { stdin: async () => Buffer.from(qrText) });
    expect(stdin).toBe(0);
    const changed = await run(path.join(dir, 'changed.txt'));
    expect(changed.code).toBe(1);
    expect(changed.text).toContain('Reason: bad-verification-text');
  });

  it('prints INVALID with the reason and exits 1 for a changed PDF or credential', async () => {
    const pdf = await run(path.join(dir, 'changed.pdf'));
    expect(pdf.code).toBe(1);
    expect(pdf.text).toMatch(/^INVALID: [\s\S]*Reason: page-mismatch[\s\S]*not the one CE Player draws/);
    const json = await run(path.join(dir, 'changed.json'));
    expect(json.code).toBe(1);
    expect(json.text).toContain('Reason: bad-signature');
    const other = await run(
      path.join(dir, 'certificate.pdf'),
      '--issuer',
      loadOrCreateSigningKey(makeTempDir(), Date.now()).did,
    );
    expect(other.code).toBe(1);
    expect(other.text).toContain('Reason: other-key');
    expect((await run(path.join(dir, 'certificate.pdf'), `--issuer=${key.did}`)).code).toBe(0);
  });

  it('exits 2 with usage for no file, two files, unknown options, and for a file it cannot read', async () => {
    expect(await run()).toMatchObject({ code: 2, text: expect.stringContaining('Usage:') as unknown });
    expect((await run('a.pdf', 'b.pdf')).code).toBe(2);
    expect((await run('--fast', 'a.pdf')).code).toBe(2);
    expect((await run('a.pdf', '--issuer', 'https://example.org')).code).toBe(2);
    expect(await run(path.join(dir, 'missing.pdf'))).toMatchObject({
      code: 2,
      text: expect.stringContaining('no such file') as unknown,
    });
    expect(await run(dir)).toMatchObject({ code: 2, text: expect.stringContaining('folder') as unknown });
  });
});

describe('cert:verify as a process', () => {
  let bundle = '';
  let out = '';
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  beforeAll(() => {
    // Inside the repository, so the bundle finds its external packages in node_modules, as dist/cli does.
    mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
    out = mkdtempSync(path.join(repoRoot, 'dist', 'test-cert-verify-'));
    bundle = path.join(out, 'cert-verify.cjs');
    buildSync({
      absWorkingDir: repoRoot,
      entryPoints: [path.join(repoRoot, 'main', 'cli', 'certVerifyMain.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: bundleExternals,
      outfile: bundle,
      logLevel: 'error',
    });
  });

  it('keeps pdfkit and the Data Integrity libraries outside the bundle, loaded from node_modules on first use', () => {
    const source = readFileSync(bundle, 'utf8');
    expect(source).not.toMatch(/fontkit|rdf-canonize|jsonld-signatures/i);
    expect(source).toContain('import("pdfkit")');
    expect(source).toContain('import("@digitalbazaar/vc")');
  });

  it('sets the exit code: 0 VALID, 1 INVALID, 2 unreadable', () => {
    const exit = (...args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8' });
    const valid = exit(path.join(dir, 'certificate.pdf'));
    expect(valid.stdout).toMatch(/^VALID/);
    expect(valid.status).toBe(0);
    expect(exit(path.join(dir, 'changed.pdf')).status).toBe(1);
    expect(exit(path.join(dir, 'changed.json')).status).toBe(1);
    const scanned = spawnSync(process.execPath, [bundle, '-'], { input: qrText, encoding: 'utf8' });
    expect(scanned.stdout).toMatch(/^VALID/);
    expect(scanned.status).toBe(0);
    expect(exit(path.join(dir, 'missing.pdf')).status).toBe(2);
    expect(exit().status).toBe(2);
  });
});
