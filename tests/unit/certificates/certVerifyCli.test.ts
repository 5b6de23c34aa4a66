import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCertVerify } from '../../../main/cli/certVerify';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import { makeTempDir } from './certificateFixtures';
import { writeVerifyFixtureFiles } from './verifyFixtureFiles';

let dir = '';
let qrText = '';
let issuerDid = '';

beforeAll(async () => {
  ({ dir, qrText, issuerDid } = await writeVerifyFixtureFiles());
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
        issuerDid,
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
    for (const fact of [
      'Amélie O’Neil-Ngata, RN, MSN',
      '4.75',
      issuerDid,
      'does not check the printed page',
    ]) {
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
    expect((await run(path.join(dir, 'certificate.pdf'), `--issuer=${issuerDid}`)).code).toBe(0);
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
