import { describe, expect, it } from 'vitest';
import { canonicalizeJson, type JsonObject } from '../../../main/core/certificates/canonicalJson';
import {
  buildCertificateCredential,
  OB3_CONTEXT,
  VC_CONTEXT,
} from '../../../main/core/certificates/certificateCredential';
import { readCertificateCredential } from '../../../main/core/certificates/readCertificateCredential';
import { signWithRdfcProof } from '../../../main/core/certificates/rdfcProof';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import {
  checkVerificationCode,
  createVerificationCode,
  normalizeVerificationCode,
} from '../../../main/core/certificates/verificationCode';
import { verifyCredential } from '../../../main/core/certificates/verifyCredential';
import { CoreError } from '../../../main/core/coreError';
import { makeTempDir, sampleFacts, sampleSnapshot } from './certificateFixtures';

describe('buildCertificateCredential', () => {
  it('builds an Open Badges 3.0 credential with an eddsa-rdfc-2022 proof that says what the snapshot says', async () => {
    const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const snapshot = sampleSnapshot(key, { signatory: 'Dana Reyes, Director of Continuing Education' });
    const credential = await buildCertificateCredential(snapshot, key);
    expect(credential['@context']).toEqual([VC_CONTEXT, OB3_CONTEXT]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`urn:uuid:${snapshot.certificateId}`);
    expect(credential.issuer).toEqual({
      id: key.did,
      type: ['Profile'],
      name: 'Example CE Provider & Partners',
      official: 'Dana Reyes, Director of Continuing Education',
    });
    expect(credential.validFrom).toBe(snapshot.issuedAt);
    expect(credential.proof).toEqual({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: snapshot.issuedAt,
      verificationMethod: key.verificationMethod,
      proofPurpose: 'assertionMethod',
      proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/) as unknown,
    });
    expect(credential.credentialSubject).toEqual({
      type: ['AchievementSubject'],
      name: 'Amélie O’Neil-Ngata, RN, MSN',
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Amélie O’Neil-Ngata' },
        { type: 'IdentityObject', identityType: 'ext:licenseState', hashed: false, identityHash: 'CA' },
      ],
      licenseNumber: 'RN-884213',
      activityEndDate: '2026-11-14',
      creditsEarned: 4.75,
      achievement: {
        id: 'urn:ce-player:course:ketamine-therapy:1.0.0',
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: 'Ketamine Treatment for Mental Health',
        description: expect.stringContaining('version 1.0.0, offered by Example CE Provider') as unknown,
        criteria: { narrative: snapshot.completionCriteria },
        version: '1.0.0',
        creditsAvailable: 5,
        resultDescription: [
          {
            id: 'urn:ce-player:course:ketamine-therapy:1.0.0:post-test',
            type: ['ResultDescription'],
            name: 'Post-test score',
            resultType: 'Percent',
          },
        ],
      },
      result: [
        {
          type: ['Result'],
          resultDescription: 'urn:ce-player:course:ketamine-therapy:1.0.0:post-test',
          value: '86',
        },
      ],
    });
    expect(credential.evidence).toEqual([
      {
        type: ['Evidence'],
        genre: 'Credit designation',
        name: 'Continuing education hours',
        narrative: snapshot.designations[0]?.statement,
      },
      {
        type: ['Evidence'],
        genre: 'Verification code',
        name: snapshot.verificationCode,
        description: expect.stringMatching(/^z/) as unknown,
      },
    ]);
    expect(JSON.stringify(credential)).not.toContain('ceCertificate');
    expect(await verifyCredential(credential)).toEqual({ valid: true, credential, suite: 'eddsa-rdfc-2022' });
  });

  it('is deterministic: the same snapshot and key give the same credential (a reprint)', async () => {
    const dataDir = makeTempDir();
    const key = loadOrCreateSigningKey(dataDir, Date.now());
    const first = await buildCertificateCredential(sampleSnapshot(key), key);
    const reloaded = loadOrCreateSigningKey(dataDir, Date.now());
    const again = await buildCertificateCredential(sampleSnapshot(reloaded), reloaded);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('states an accreditation statement verbatim, and nothing the course did not designate', async () => {
    const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const statement =
      'This activity has been planned and implemented in accordance with the accreditation requirements of\n' +
      'the Example Board <EB> & its "Joint Providership" rules.  Two spaces stay.';
    const snapshot = sampleSnapshot(key, {
      accreditationStatement: statement,
      designations: [],
      postTestScore: null,
    });
    const credential = await buildCertificateCredential(snapshot, key);
    expect(credential.evidence).toContainEqual({
      type: ['Evidence'],
      genre: 'Accreditation statement',
      narrative: statement,
    });
    expect(JSON.stringify(credential.evidence)).not.toContain('Credit designation');
    expect(credential.credentialSubject.result).toBeUndefined();
    expect(JSON.stringify(credential)).not.toMatch(/AMA PRA|ANCC|APA/);
  });

  it('reads back exactly the snapshot it was built from, from its Open Badges fields alone', async () => {
    const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const snapshot = sampleSnapshot(key, {
      supersedes: '11111111-2222-4333-8444-555555555555',
      signatory: 'Dana Reyes, Director',
      accreditationStatement: 'Accredited by the Example Board.',
    });
    const credential = await buildCertificateCredential(snapshot, key);
    expect(readCertificateCredential(credential)).toEqual({
      ok: true,
      snapshot,
      issuerDid: key.did,
      format: 2,
      verificationSignature: expect.stringMatching(/^z/) as unknown,
    });
    const withoutLicense = sampleFacts({ credentials: '' });
    delete withoutLicense.licenseNumber;
    delete withoutLicense.licenseState;
    const bare = { ...withoutLicense, verificationCode: createVerificationCode(withoutLicense, key) };
    const readBare = readCertificateCredential(await buildCertificateCredential(bare, key));
    expect(readBare).toMatchObject({
      ok: true,
      snapshot: { licenseNumber: null, licenseState: null, credentials: '' },
    });
  });

  it('refuses a signed credential whose fields are not exactly the ones CE Player writes for its facts', async () => {
    const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const credential = await buildCertificateCredential(sampleSnapshot(key), key);
    const unsigned = JSON.parse(canonicalizeJson(credential)) as JsonObject;
    delete unsigned.proof;
    // Signed properly by the same key, so only the consistency check can catch them.
    for (const changed of [
      { ...unsigned, credentialSubject: { ...credential.credentialSubject, narrative: 'Extra words' } },
      { ...unsigned, description: 'A description CE Player never writes' },
      {
        ...unsigned,
        evidence: [...(credential.evidence as JsonObject[]), { type: ['Evidence'], name: 'Mine' }],
      },
    ]) {
      const signed = await signWithRdfcProof(changed, key, credential.validFrom);
      expect(await verifyCredential(signed)).toMatchObject({ valid: true });
      const result = readCertificateCredential(signed);
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect(result.message).toMatch(/not exactly the ones CE Player writes|not the ones/);
    }
  });

  it('refuses a snapshot whose verification code this key did not make, or facts not in printed form', async () => {
    const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const other = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const snapshot = sampleSnapshot(key);
    await expect(buildCertificateCredential(snapshot, other)).rejects.toThrow(/verification code/);
    await expect(
      buildCertificateCredential({ ...snapshot, verificationCode: 'AAAAA-AAAAA' }, key),
    ).rejects.toThrow(CoreError);
    await expect(buildCertificateCredential({ ...snapshot, hoursClaimed: 5 }, key)).rejects.toThrow(
      /verification code/,
    );
    await expect(
      buildCertificateCredential(sampleSnapshot(key, { postTestScore: 0.8666 }), key),
    ).rejects.toThrow(/whole percent/);
  });

  it('refuses facts that cannot go on a certificate, naming the fact', () => {
    const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const cases: [Partial<ReturnType<typeof sampleFacts>>, RegExp][] = [
      [{ certificateId: 'not-a-uuid' }, /certificateId/],
      [{ certificateId: '3F2B8C1E-7A4D-4E6B-9C0A-1D2E3F4A5B6C' }, /lowercase UUID/],
      [{ certificateName: '   ' }, /certificateName/],
      [{ completionDate: '2026-02-30' }, /completionDate/],
      [{ issuedAt: '2026-11-14 18:30' }, /issuedAt/],
      [{ hoursClaimed: 0 }, /hoursClaimed/],
      [{ hoursClaimed: 4.333 }, /two decimals/],
      [{ hoursClaimed: Number.NaN }, /hoursClaimed/],
      [{ postTestScore: 1.2 }, /postTestScore/],
      [{ supersedes: '3f2b8c1e-7a4d-4e6b-9c0a-1d2e3f4a5b6c' }, /supersedes/],
      [{ designations: [{ type: 'CE', statement: '' }] }, /designations/],
      [{ accreditationStatement: '' }, /accreditationStatement/],
      [{ completionCriteria: '' }, /completionCriteria/],
    ];
    for (const [override, message] of cases) {
      expect(() => createVerificationCode(sampleFacts(override), key), JSON.stringify(override)).toThrow(
        message,
      );
    }
  });
});

describe('verification codes', () => {
  it('are XXXXX-XXXXX in Crockford base32, fixed for the same facts and key, different otherwise', () => {
    const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
    const code = createVerificationCode(sampleFacts(), key);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(createVerificationCode(sampleFacts(), key)).toBe(code);
    expect(createVerificationCode(sampleFacts({ hoursClaimed: 4.5 }), key)).not.toBe(code);
    expect(createVerificationCode(sampleFacts(), loadOrCreateSigningKey(makeTempDir(), Date.now()))).not.toBe(
      code,
    );
    expect(checkVerificationCode({ ...sampleFacts(), verificationCode: code }, key)).toBe(true);
    expect(
      checkVerificationCode(
        { ...sampleFacts({ certificateName: 'Someone Else' }), verificationCode: code },
        key,
      ),
    ).toBe(false);
  });

  it('accept what people type: any case, spaces, and O/I/L for 0/1', () => {
    expect(normalizeVerificationCode(' a5gmm hjk93 ')).toBe('A5GMM-HJK93');
    expect(normalizeVerificationCode('o1lI0-ABCDE')).toBe('01110-ABCDE');
    expect(normalizeVerificationCode('ABCDE-FGHU1')).toBeNull();
    expect(normalizeVerificationCode('ABCD')).toBeNull();
  });
});
