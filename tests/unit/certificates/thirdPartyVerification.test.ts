import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../../../main/core/certificates/canonicalJson';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';
import { certifiedLearner, coreWorld, courseId, downloadCertificate, editCourse } from '../support/coreWorld';
import { makeSuiteTempDir } from './certificateFixtures';
import { changed, edit, leafPaths, withoutKey } from './jsonEdits';
import { thirdPartyLoader, thirdPartyVerify } from './thirdPartyVerifier';

/*
 * Issue 18: a certificate issued through the core, its credential taken out of the PDF with qpdf, verifies with
 * Digital Bazaar's verifier offline, as a wallet or a licensing board's tool would check it; and any change to any
 * field of it, or of its proof, makes both that verifier and CE Player's fail.
 */

let credential: JsonObject;
let credentialJson = '';

beforeAll(async () => {
  const world = await coreWorld({
    editCourse: (dir) =>
      editCourse(
        dir,
        /^credit:/m,
        'signatory:\n  name: Dana Reyes\n  role: Director of Continuing Education\ncredit:',
      ),
  });
  const learner = await certifiedLearner(world);
  const issued = await world.ok('certificates.issue', { courseId }, learner);
  const files = await downloadCertificate(world, learner, issued.certificateId);
  const file = path.join(makeSuiteTempDir(), 'certificate.pdf');
  writeFileSync(file, files.pdf);
  credentialJson = execFileSync('qpdf', ['--show-attachment=credential.json', file], { encoding: 'utf8' });
  expect(credentialJson).toBe(files.json);
  credential = JSON.parse(credentialJson) as JsonObject;
});

describe('a certificate checked by a third party (issue 18)', () => {
  it("verifies with @digitalbazaar/vc and the eddsa-rdfc-2022 cryptosuite, offline, given only CE Player's contexts", async () => {
    const result = await thirdPartyVerify(credential);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' });
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
  });

  it('uses Open Badges 3.0 terms only: jsonld safe mode expands it, and no term falls to the issuer-dependent @vocab', async () => {
    const loader = await thirdPartyLoader();
    const expanded = JSON.stringify(await jsonld.expand(credential, { documentLoader: loader, safe: true }));
    expect(expanded).not.toContain('issuer-dependent');
    for (const term of [
      'activityEndDate',
      'creditsEarned',
      'creditsAvailable',
      'licenseNumber',
      'official',
    ]) {
      expect(expanded).toContain(`https://purl.imsglobal.org/spec/vc/ob/vocab.html#${term}`);
    }
    expect(expanded).toContain('https://www.w3.org/2018/credentials#validFrom');
  });

  it('fails both verifiers after any change to any field of the credential or of its proof', async () => {
    const bothFail = async (copy: JsonObject, what: string) => {
      expect((await thirdPartyVerify(copy)).verified, what).toBe(false);
      const ours = await verifyCertificateFile(Buffer.from(JSON.stringify(copy)), 'credential.json');
      expect(ours.valid, what).toBe(false);
    };
    const paths = leafPaths(credential);
    expect(paths.length).toBeGreaterThan(40);
    // Every value changed by one character, one unit or its opposite, and every key removed, one at a time.
    for (const at of paths) await bothFail(edit(credential, at, changed), `change ${at.join('.')}`);
    for (const at of objectKeyPaths(credential)) {
      const key = String(at[at.length - 1]);
      const copy =
        at.length === 1
          ? withoutKey(credential, key)
          : edit(credential, at.slice(0, -1), (parent) => withoutKey(parent as JsonObject, key));
      await bothFail(copy, `remove ${at.join('.')}`);
    }
    // And any other value, of any kind, put in any field.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (at, value) => {
        fc.pre(JSON.stringify(value) !== JSON.stringify(edit(credential, at, (old) => old)));
        const copy = edit(credential, at, () => value as JsonObject);
        fc.pre(JSON.stringify(copy) !== JSON.stringify(credential));
        await bothFail(copy, `set ${at.join('.')}`);
      }),
      { numRuns: 40 },
    );
  });

  it("also passes CE Player's verifier, which names the suite it checked", async () => {
    expect(await verifyCertificateFile(Buffer.from(credentialJson), 'credential.json')).toMatchObject({
      valid: true,
      suite: 'eddsa-rdfc-2022',
      format: 2,
      snapshot: { signatory: 'Dana Reyes, Director of Continuing Education' },
    });
  });
});

/** The path of every key of every object in a JSON value. */
function objectKeyPaths(value: JsonValue, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectKeyPaths(item, [...at, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [
    [...at, key],
    ...objectKeyPaths(item, [...at, key]),
  ]);
}
