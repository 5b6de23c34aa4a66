import { describe, expect, it } from 'vitest';
import { canonicalizeJson, type JsonObject } from '../../../main/core/certificates/canonicalJson';
import {
  buildCertificateCredential,
  NOT_ACCREDITED,
  OB3_CONTEXT,
  VC_CONTEXT,
} from '../../../main/core/certificates/certificateCredential';
import { signDocument } from '../../../main/core/certificates/dataIntegrityProof';
import { readCertificateCredential } from '../../../main/core/certificates/readCertificateCredential';
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
  it('builds a signed Open Badges 3.0 credential that says what the snapshot says', () => {
    const key = loadOrCreateSigningKey(makeTempDir());
    const snapshot = sampleSnapshot(key);
    const credential = buildCertificateCredential(snapshot, key);
    expect(credential['@context']).toEqual([VC_CONTEXT, OB3_CONTEXT]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`urn:uuid:${snapshot.certificateId}`);
    expect(credential.issuer).toEqual({
      id: key.did,
      type: ['Profile'],
      name: 'Example CE Provider & Partners',
    });
    expect(credential.validFrom).toBe(snapshot.issuedAt);
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      created: snapshot.issuedAt,
      verificationMethod: key.verificationMethod,
      proofPurpose: 'assertionMethod',
      '@context': [VC_CONTEXT, OB3_CONTEXT],
    });
    const subject = credential.credentialSubject;
    expect(subject).toMatchObject({
      type: ['AchievementSubject'],
      name: 'Amélie O’Neil-Ngata, RN, MSN',
      licenseNumber: 'RN-884213',
      creditsEarned: 4.75,
      achievement: {
        id: 'urn:ce-player:course:ketamine-therapy:1.0.0',
        type: ['Achievement'],
        name: 'Ketamine Treatment for Mental Health',
        criteria: { narrative: snapshot.completionCriteria },
      },
      result: [{ type: ['Result'], value: '86' }],
      ceCertificate: {
        verificationCode: snapshot.verificationCode,
        hoursClaimed: 4.75,
        completionDate: '2026-11-14',
        postTestScore: 0.8666,
        designations: snapshot.designations,
        accreditationStatement: null,
        accreditation: NOT_ACCREDITED,
      },
    });
    expect(verifyCredential(credential)).toMatchObject({ valid: true, signer: { controller: key.did } });
  });

  it('is deterministic: the same snapshot and key give the same credential (a reprint)', () => {
    const dataDir = makeTempDir();
    const key = loadOrCreateSigningKey(dataDir);
    const first = buildCertificateCredential(sampleSnapshot(key), key);
    const reloaded = loadOrCreateSigningKey(dataDir);
    const again = buildCertificateCredential(sampleSnapshot(reloaded), reloaded);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('prints an accreditation statement verbatim, and nothing the course did not designate', () => {
    const key = loadOrCreateSigningKey(makeTempDir());
    const statement =
      'This activity has been planned and implemented in accordance with the accreditation requirements of\n' +
      'the Example Board <EB> & its "Joint Providership" rules.  Two spaces stay.';
    const snapshot = sampleSnapshot(key, {
      accreditationStatement: statement,
      designations: [],
      postTestScore: null,
    });
    const credential = buildCertificateCredential(snapshot, key);
    const facts = credential.credentialSubject.ceCertificate as Record<string, unknown>;
    expect(facts.accreditationStatement).toBe(statement);
    expect(facts.accreditation).toBe(statement);
    expect(facts.designations).toEqual([]);
    expect(credential.credentialSubject.result).toBeUndefined();
    expect(JSON.stringify(credential)).not.toMatch(/AMA PRA|ANCC|APA/);
  });

  it('reads back exactly the snapshot it was built from', () => {
    const key = loadOrCreateSigningKey(makeTempDir());
    const snapshot = sampleSnapshot(key, { supersedes: '11111111-2222-4333-8444-555555555555' });
    const read = readCertificateCredential(buildCertificateCredential(snapshot, key));
    expect(read).toEqual({ ok: true, snapshot, issuerDid: key.did });
    const withoutLicense = sampleFacts();
    delete withoutLicense.licenseNumber;
    delete withoutLicense.licenseState;
    const bare = { ...withoutLicense, verificationCode: createVerificationCode(withoutLicense, key) };
    const readBare = readCertificateCredential(buildCertificateCredential(bare, key));
    expect(readBare).toMatchObject({ ok: true, snapshot: { licenseNumber: null, licenseState: null } });
  });

  it('refuses a signed credential whose Open Badges fields disagree with its facts', () => {
    const key = loadOrCreateSigningKey(makeTempDir());
    const credential = buildCertificateCredential(sampleSnapshot(key), key);
    const unsigned = JSON.parse(canonicalizeJson(credential)) as JsonObject;
    delete unsigned.proof;
    // Signed properly by the same key, so only the consistency check can catch it.
    const resigned = {
      ...unsigned,
      credentialSubject: { ...credential.credentialSubject, creditsEarned: 40 },
    };
    const signed = signDocument(resigned, key, credential.validFrom);
    expect(verifyCredential(signed)).toMatchObject({ valid: true });
    const result = readCertificateCredential(signed as unknown as JsonObject);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toMatch(/do not agree/);
  });

  it('refuses a snapshot whose verification code this key did not make', () => {
    const key = loadOrCreateSigningKey(makeTempDir());
    const other = loadOrCreateSigningKey(makeTempDir());
    const snapshot = sampleSnapshot(key);
    expect(() => buildCertificateCredential(snapshot, other)).toThrow(/verification code/);
    expect(() => buildCertificateCredential({ ...snapshot, verificationCode: 'AAAAA-AAAAA' }, key)).toThrow(
      CoreError,
    );
    expect(() => buildCertificateCredential({ ...snapshot, hoursClaimed: 5 }, key)).toThrow(
      /verification code/,
    );
  });

  it('refuses facts that cannot go on a certificate, naming the fact', () => {
    const key = loadOrCreateSigningKey(makeTempDir());
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
    const key = loadOrCreateSigningKey(makeTempDir());
    const code = createVerificationCode(sampleFacts(), key);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(createVerificationCode(sampleFacts(), key)).toBe(code);
    expect(createVerificationCode(sampleFacts({ hoursClaimed: 4.5 }), key)).not.toBe(code);
    expect(createVerificationCode(sampleFacts(), loadOrCreateSigningKey(makeTempDir()))).not.toBe(code);
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
