import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
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

let dir = '';
let key: SigningKey;

beforeAll(async () => {
  dir = makeSuiteTempDir();
  key = loadOrCreateSigningKey(makeTempDir());
  const snapshot = sampleSnapshot(key);
  const credential = buildCertificateCredential(snapshot, key);
  const pdf = await renderCertificatePdf(snapshot, credential, { fontDir });
  writeFileSync(path.join(dir, 'certificate.pdf'), pdf);
  writeFileSync(path.join(dir, 'credential.json'), serializeCredential(credential));
  writeFileSync(path.join(dir, 'changed.pdf'), replaceShownText(pdf, '4.75', '4.70'));
  const edited = serializeCredential(credential).replace('"hoursClaimed": 4.75', '"hoursClaimed": 5');
  writeFileSync(path.join(dir, 'changed.json'), edited);
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
        '4.75',
        '86%',
        'Certificate of completion. This activity is not accredited.',
        key.did,
        'does not show that the',
      ]) {
        expect(text).toContain(fact);
      }
    }
  });

  it('prints INVALID with the reason and exits 1 for a changed PDF or credential', async () => {
    const pdf = await run(path.join(dir, 'changed.pdf'));
    expect(pdf.code).toBe(1);
    expect(pdf.text).toMatch(/^INVALID: [\s\S]*Reason: printed-facts-mismatch[\s\S]*Hours claimed: 4\.75/);
    const json = await run(path.join(dir, 'changed.json'));
    expect(json.code).toBe(1);
    expect(json.text).toContain('Reason: bad-signature');
    const other = await run(
      path.join(dir, 'certificate.pdf'),
      '--issuer',
      loadOrCreateSigningKey(makeTempDir()).did,
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
  beforeAll(() => {
    bundle = path.join(makeSuiteTempDir(), 'cert-verify.cjs');
    buildSync({
      absWorkingDir: repoRoot,
      entryPoints: [path.join(repoRoot, 'main', 'cli', 'certVerifyMain.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: bundle,
      logLevel: 'error',
    });
  });

  it('never loads the PDF writer: checking needs neither pdfkit nor qrcode', () => {
    const source = readFileSync(bundle, 'utf8');
    expect(source).not.toMatch(/pdfkit|fontkit|qrcode/i);
  });

  it('sets the exit code: 0 VALID, 1 INVALID, 2 unreadable', () => {
    const exit = (...args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8' });
    const valid = exit(path.join(dir, 'certificate.pdf'));
    expect(valid.stdout).toMatch(/^VALID/);
    expect(valid.status).toBe(0);
    expect(exit(path.join(dir, 'changed.pdf')).status).toBe(1);
    expect(exit(path.join(dir, 'changed.json')).status).toBe(1);
    expect(exit(path.join(dir, 'missing.pdf')).status).toBe(2);
    expect(exit().status).toBe(2);
  });
});
