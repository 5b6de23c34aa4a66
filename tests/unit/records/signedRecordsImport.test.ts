import { describe, expect, it } from 'vitest';
import { completionStepKinds } from '../../../main/contract/playerSchemas';
import type { Session } from '../../../main/core/app/session';
import { createCore } from '../../../main/core/app/createCore';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import type { RecordsBundle } from '../../../main/core/records/learnerRecordsBundle';
import { checkRecordsSignature, signRecords } from '../../../main/core/records/recordsSignature';
import { completeCourse, courseId, coreWorld, tempDir, type CoreWorld } from '../support/coreWorld';
import { handMadeRecordsText } from './handMadeRecords';

/*
 * Records files are signed by the installation that exports them (eddsa-jcs-2022 over the whole file). An import
 * counts only a file signed by an installation this machine trusts, unchanged since; any other file is kept as
 * history the learner can see, and counts for nothing.
 */

/** Ana's complete record at home, exported as a signed file. */
async function homeExport(): Promise<{ home: CoreWorld; ana: Session; content: string; key: string }> {
  const home = await coreWorld();
  const ana = await home.signUp('Ana', { certificateName: 'Ana Ortiz' });
  await completeCourse(home, ana);
  const { content } = await home.ok('records.export', { format: 'learner-records' }, ana);
  const { installationKey } = await home.ok('records.history', {}, ana);
  return { home, ana, content, key: installationKey };
}

/** The file edited and signed again with the home installation's own key: verified, but its claims are not. */
function resigned(home: CoreWorld, content: string, edit: (bundle: RecordsBundle) => void): string {
  const { proof, ...unsigned } = JSON.parse(content) as RecordsBundle;
  expect(proof.cryptosuite).toBe('eddsa-jcs-2022');
  edit(unsigned as RecordsBundle);
  const key = loadOrCreateSigningKey(home.dataDir, Date.now());
  return JSON.stringify(signRecords(unsigned, key, new Date(home.clock.now).toISOString()));
}

async function expectNothingCounts(world: CoreWorld, learner: Session) {
  const status = await world.ok('certificates.status', { courseId }, learner);
  expect(status.missing.map((step) => step.kind)).toEqual(
    completionStepKinds.filter((kind) => kind !== 'expired'),
  );
  expect((await world.fail('certificates.issue', { courseId }, learner)).code).toBe('forbidden');
  const transcript = JSON.parse(
    (await world.ok('records.export', { format: 'transcript-json' }, learner)).content,
  ) as { certificates: unknown[] };
  expect(transcript.certificates).toEqual([]);
  const xapi = JSON.parse(
    (await world.ok('records.export', { format: 'xapi' }, learner)).content,
  ) as unknown[];
  expect(xapi).toEqual([]);
  const dashboard = await world.ok('courses.dashboard', { courseId }, learner);
  expect(dashboard.attempts).toEqual([]);
  expect(dashboard.recordedMinutes).toBe(0);
}

describe('signed records files', () => {
  it('carry an eddsa-jcs-2022 proof by the exporting installation, named in the file', async () => {
    const { content, key } = await homeExport();
    const file = JSON.parse(content) as RecordsBundle;
    expect(key).toMatch(/^did:key:z6Mk/);
    expect(file.installation).toBe(key);
    expect(file.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${key}#${key.slice('did:key:'.length)}`,
    });
    const trusted = new Map([[key, 'home']]);
    expect(checkRecordsSignature(JSON.parse(content), trusted)).toEqual({
      verified: true,
      signerKey: key,
      signedBy: 'home',
    });
  });

  it('count on the computer that exported them, and importing again adds nothing', async () => {
    const { home, ana, content } = await homeExport();
    const again = await home.ok('records.import', { content }, ana);
    expect(again).toMatchObject({ verified: true, signedBy: 'this computer', attempts: 0, heartbeats: 0 });
  });

  it('from an installation this computer does not trust are kept as history and count for nothing', async () => {
    const { content, key } = await homeExport();
    const clinic = await coreWorld();
    const ana = await clinic.signUp('Ana');
    const result = await clinic.ok('records.import', { content }, ana);
    expect(result).toMatchObject({ verified: false, signedBy: null, moduleProgress: 0, attempts: 0 });
    expect(result.message).toBe(
      `Imported, not verified: counts toward no certificate. The file was signed by the installation ${key}, which ` +
        "this computer does not trust. If it is one of your clinic's computers, IT can add it to this computer's " +
        'trusted installations.',
    );
    await expectNothingCounts(clinic, ana);

    const history = await clinic.ok('records.history', {}, ana);
    expect(history.unverifiedImports).toEqual([
      {
        importedAt: clinic.clock.now,
        exportedAt: expect.any(Number),
        reason: 'untrusted',
        explanation: expect.stringContaining(key),
        signerKey: key,
        courses: [
          {
            courseId,
            courseVersion: '1.0.0',
            courseTitle: 'Hand Hygiene Refresher',
            modulesRead: 2,
            moduleQuizzesPassed: 2,
            postTestBestScore: 1,
            evaluationSubmitted: true,
            claimedHours: 0.25,
            claimedStudyMinutes: 10,
          },
        ],
        notes: 0,
        bookmarks: 0,
      },
    ]);
    const twice = await clinic.ok('records.import', { content }, ana);
    expect(twice.message).toMatch(/^This file was already imported as unverified history; nothing changed\./);
    expect((await clinic.ok('records.history', {}, ana)).unverifiedImports).toHaveLength(1);
    // Another learner here sees none of it.
    const ben = await clinic.signUp('Ben');
    expect((await clinic.ok('records.history', {}, ben)).unverifiedImports).toEqual([]);
  });

  it('edited after signing are kept as history only, even from a trusted installation', async () => {
    const { content, key } = await homeExport();
    const clinic = await coreWorld({ trustedInstallations: [{ name: 'Home', key }] });
    const ana = await clinic.signUp('Ana');
    const edited = content.replace('"claimedHours": 0.25', '"claimedHours": 0.5');
    expect(edited).not.toBe(content);
    const result = await clinic.ok('records.import', { content: edited }, ana);
    expect(result).toMatchObject({ verified: false, attestations: 0 });
    expect(result.message).toMatch(
      /signature does not match its contents: it was changed after it was exported/,
    );
    const dropped = JSON.parse(content) as Record<string, unknown>;
    delete dropped.proof;
    const unsigned = await clinic.ok('records.import', { content: JSON.stringify(dropped) }, ana);
    expect(unsigned.message).toMatch(/carries no signature/);
    const reasons = (await clinic.ok('records.history', {}, ana)).unverifiedImports.map(
      (entry) => entry.reason,
    );
    expect(reasons.sort()).toEqual(['tampered', 'unsigned']);
    await expectNothingCounts(clinic, ana);
  });

  it('from older builds (unsigned) and hand-made ones are history only', async () => {
    const world = await coreWorld();
    const ana = await world.signUp('Ana');
    const result = await world.ok(
      'records.import',
      { content: handMadeRecordsText({}, world.clock.now) },
      ana,
    );
    expect(result).toMatchObject({ verified: false });
    expect(result.message).toMatch(
      /^Imported, not verified: counts toward no certificate\. The file carries no/,
    );
    const history = await world.ok('records.history', {}, ana);
    expect(history.unverifiedImports.map((entry) => entry.reason)).toEqual(['unsigned']);
  });

  it('signed by a trusted installation still pass every live rule, and a failing one imports nothing', async () => {
    const { home, content, key } = await homeExport();
    const clinic = await coreWorld({ trustedInstallations: [{ name: 'Home', key }] });
    const ana = await clinic.signUp('Ana', { certificateName: 'Ana Ortiz' });
    const tooMuch = resigned(home, content, (bundle) => {
      const [attestation] = bundle.attemptRecords.attestations;
      if (attestation) attestation.claimedHours = 500;
    });
    const refused = await clinic.fail('records.import', { content: tooMuch }, ana);
    expect(refused.message).toMatch(
      /cannot be imported: This course offers at most 0\.25 hours .*Nothing was imported/,
    );
    // The progress, heartbeats and attempts in the same file were not written either, nor kept as history.
    expect((await clinic.ok('certificates.status', { courseId }, ana)).missing).toHaveLength(6);
    expect(await clinic.ok('courses.dashboard', { courseId }, ana)).toMatchObject({
      recordedMinutes: 0,
      attempts: [],
    });
    expect((await clinic.ok('records.history', {}, ana)).unverifiedImports).toEqual([]);

    const oneInstant = resigned(home, content, (bundle) => {
      for (const beat of bundle.learnerRecords.heartbeats) {
        (beat as { receivedAt: number }).receivedAt = bundle.exportedAt - 1000;
      }
    });
    const timeless = await clinic.fail('records.import', { content: oneInstant }, ana);
    expect(timeless.message).toMatch(/attested when 0 minutes of study were recorded/);
    expect((await clinic.ok('courses.dashboard', { courseId }, ana)).recordedMinutes).toBe(0);

    const ok = await clinic.ok('records.import', { content }, ana);
    expect(ok).toMatchObject({ verified: true, signedBy: 'Home', attestations: 1 });
    expect((await clinic.ok('certificates.issue', { courseId }, ana)).hoursClaimed).toBe(0.25);
  });
});

describe('trusted installations', () => {
  it('are checked when the core starts, with a message naming the entry', async () => {
    const dataDir = tempDir();
    const start = (key: string) =>
      createCore({
        dataDir,
        bundledCoursesDir: tempDir(),
        shell: 'browser',
        appVersion: '0.0.0-test',
        trustedInstallations: [{ name: 'Front desk', key }],
      });
    await expect(start('z6MkNotADid')).rejects.toThrow(
      'Trusted installation 1 ("Front desk"): "key" must be the installation\'s did:key (did:key:z6Mk…), as ' +
        'the "installation" line of a records file it exported shows it.',
    );
  });
});
