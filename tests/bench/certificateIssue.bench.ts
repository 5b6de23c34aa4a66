import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createCore } from '../../main/core/app/createCore';
import { unsignedCertificateCredential } from '../../main/core/certificates/certificateCredential';
import { signDocument } from '../../main/core/certificates/dataIntegrityProof';
import { signWithRdfcProof } from '../../main/core/certificates/rdfcProof';
import { loadOrCreateSigningKey } from '../../main/core/certificates/signingKeyStore';
import type { CoursePackage } from '../../main/core/course/courseTypes';
import type { LearnerDb } from '../../main/core/db/learnerDatabase';
import { openLearnerDatabase } from '../../main/core/db/openLearnerDatabase';
import { submitEvaluation } from '../../main/core/evaluation/evaluationRecords';
import { recordAttestation } from '../../main/core/attestation/attestationRecords';
import { issueCertificate } from '../../main/core/issuance/issueCertificate';
import { createLearnerProfile } from '../../main/core/learners/learnerProfiles';
import { CourseLibrary } from '../../main/core/library/courseLibrary';
import { markModuleReadToEnd } from '../../main/core/progress/moduleProgress';
import { insertHeartbeatRow } from '../../main/core/progress/timeOnTask';
import { passQuiz } from './passQuiz';
import { measure, printResults, type BenchResult } from './benchHarness';
import { makeTempFolder } from '../support/tempFolder';

/*
 * Issuing a certificate for the bundled 5-hour course, warm: the completion rules, the facts, the verification
 * code, the signed credential, one PDF rendering, the insert with its audit entry, and the backup that follows.
 * The floor is the irreducible part: one bare Ed25519 signature and one bare INSERT of the same size.
 *
 * The proofs: the eddsa-rdfc-2022 proof alone (Digital Bazaar's vc.issue: JSON-LD expansion, RDF canonicalization,
 * one signature), as a ratio to the eddsa-jcs-2022 proof of the same credential (JCS, one signature), same run.
 *
 * Start-up: createCore on an existing data dir, with and without loading pdfkit afterwards. Neither the PDF library
 * nor jsonld may load at start-up; a probe checks that createCore alone leaves them unloaded.
 */
const runs = 9;
const quiet = { error: () => undefined, info: () => undefined };

/** A learner who did everything the course asks: read, passed, studied long enough, evaluated, attested. */
function completeCourse(db: LearnerDb, library: CourseLibrary, course: CoursePackage, name: string): string {
  const learner = createLearnerProfile(db, {
    displayName: name,
    certificateName: `${name} Bench`,
    credentials: 'RN',
  });
  const start = Date.now() - 10 * 3600_000;
  for (const module of course.modules) {
    const ref = { courseId: course.id, courseVersion: course.version, moduleId: module.id };
    markModuleReadToEnd(db, learner.id, { ...ref, contentHash: module.contentHash }, start);
    passQuiz(db, library, learner.id, course, module.id);
  }
  passQuiz(db, library, learner.id, course);
  const beats = Math.ceil((course.estimate.totalMinutes * course.completion.minTimeFraction * 60) / 30) + 4;
  db.transaction(() => {
    for (let i = 0; i < beats; i++) {
      insertHeartbeatRow(db, learner.id, {
        courseId: course.id,
        courseVersion: course.version,
        moduleId: course.modules[0]?.id ?? '',
        beatId: randomUUID(),
        receivedAt: start + i * 30_000,
        creditedMs: 30_000,
      });
    }
  })();
  const responses = Object.fromEntries(
    (course.evaluation?.items ?? [])
      .filter((item) => item.required)
      .map((item) => [
        item.id,
        item.type === 'likert' ? 5 : item.type === 'choice' ? item.options[0] : 'Good.',
      ]),
  );
  submitEvaluation(db, learner.id, course, responses, Date.now());
  recordAttestation(
    db,
    learner.id,
    course,
    // More than the recorded study by more than the course allows unconfirmed, so the learner confirms it.
    { claimedHours: course.credit.hours, attestedMinutes: 400, confirmedUnrecordedTime: true },
    Date.now(),
  );
  return learner.id;
}

/**
 * True once pdfkit has been loaded in this process. pdfkit is an ES module, which require.cache does not list, but
 * it loads its CommonJS dependency `linebreak` (used by nothing else here), which it does.
 */
function pdfkitLoaded(): boolean {
  return Object.keys(require.cache).some((file) =>
    /[\\/]node_modules[\\/](pdfkit|linebreak)[\\/]/.test(file),
  );
}

/** True once jsonld (CommonJS, loaded by the eddsa-rdfc-2022 stack) has been loaded in this process. */
function jsonldLoaded(): boolean {
  return Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/]jsonld[\\/]/.test(file));
}

async function main(): Promise<void> {
  const root = makeTempFolder('ce-bench-certificates-');
  const dataDir = path.join(root, 'data');
  const fontDir = path.resolve('build', 'fonts');
  const bundledCoursesDir = path.resolve('courses');

  // Start-up first, while pdfkit is still unloaded in this process.
  const firstCore = await createCore({
    dataDir,
    bundledCoursesDir,
    shell: 'browser',
    appVersion: 'bench',
    fontDir,
    log: quiet,
  });
  firstCore.close();
  const startupStart = performance.now();
  const core = await createCore({
    dataDir,
    bundledCoursesDir,
    shell: 'browser',
    appVersion: 'bench',
    fontDir,
    log: quiet,
  });
  const createCoreMs = performance.now() - startupStart;
  core.close();
  const loadedAfterCreateCore = pdfkitLoaded();
  const jsonldAfterCreateCore = jsonldLoaded();
  const importStart = performance.now();
  await import('pdfkit');
  const importPdfkitMs = performance.now() - importStart;
  const loadedAfterImport = pdfkitLoaded();

  const { db } = await openLearnerDatabase(dataDir, { mountTable: '', startupBackup: false });
  const library = new CourseLibrary([{ dir: bundledCoursesDir, source: 'bundled' }]);
  const course = library.get('ketamine-therapy');
  const learners = Array.from({ length: runs + 3 }, (_, i) =>
    completeCourse(db, library, course, `Learner ${i}`),
  );
  let next = 0;
  let notices = 0;
  const issueOne = async () => {
    const learnerId = learners[next++];
    if (!learnerId) throw new Error('ran out of prepared learners');
    const issued = await issueCertificate(db, learnerId, course, { dataDir, fontDir, now: Date.now() });
    if (issued.alreadyIssued) throw new Error('expected a new certificate');
    if (issued.backupNotice) notices++;
  };

  const { privateKey } = generateKeyPairSync('ed25519');
  const bare = new Database(path.join(root, 'floor.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.exec(
    'CREATE TABLE certificates (id TEXT PRIMARY KEY, snapshot TEXT NOT NULL, credential TEXT NOT NULL) STRICT',
  );
  const insert = bare.prepare('INSERT INTO certificates VALUES (?, ?, ?)');
  const sampleCredential = 'x'.repeat(5000);
  const floor = () => {
    const signature = sign(null, Buffer.from(sampleCredential), privateKey);
    bare.transaction(() => insert.run(randomUUID(), signature.toString('base64'), sampleCredential))();
  };

  // The two proofs on the same credential: the learner's facts as the bundled course gives them.
  const key = loadOrCreateSigningKey(dataDir, Date.now());
  const sample = await issueCertificate(db, learners[runs + 1] ?? '', course, {
    dataDir,
    fontDir,
    now: Date.now(),
  });
  const { verificationCode, ...facts } = sample.certificate.snapshot;
  const issued = JSON.parse(sample.certificate.credentialJson) as { evidence: { description?: string }[] };
  const signature = issued.evidence.find((entry) => entry.description)?.description ?? '';
  const unsigned = unsignedCertificateCredential(facts, verificationCode, key.did, signature);

  const results: BenchResult[] = [
    await measure({
      name: 'issue a certificate, warm (rules + PDF + signature + database + backup)',
      subject: issueOne,
      floorName: 'bare Ed25519 sign + bare INSERT',
      floor,
      maxMs: 300,
      runs,
    }),
    await measure({
      name: 'the eddsa-rdfc-2022 proof of a certificate credential (vc.issue, RDF canonicalization)',
      subject: () => signWithRdfcProof(unsigned, key, unsigned.validFrom),
      floorName: 'the eddsa-jcs-2022 proof of the same credential',
      floor: () => signDocument(unsigned, key, unsigned.validFrom),
      runs: 15,
    }),
  ];
  printResults(results);
  console.log('');
  console.log(`start-up: createCore on an existing data dir: ${createCoreMs.toFixed(1)} ms`);
  console.log(
    `start-up: createCore + import('pdfkit'): ${(createCoreMs + importPdfkitMs).toFixed(1)} ms (pdfkit alone ${importPdfkitMs.toFixed(1)} ms)`,
  );
  console.log(
    `pdfkit loaded after createCore: ${String(loadedAfterCreateCore)}; after import('pdfkit'): ${String(loadedAfterImport)}`,
  );
  console.log(
    `jsonld loaded after createCore: ${String(jsonldAfterCreateCore)}; after issuing: ${String(jsonldLoaded())}`,
  );
  if (notices > 0) console.log(`backup notices during the bench: ${notices}`);
  const lazy = !loadedAfterCreateCore && loadedAfterImport && !jsonldAfterCreateCore && jsonldLoaded();
  if (!lazy)
    console.log('FAILED: pdfkit and jsonld must be loaded on the first certificate, not at start-up.');
  db.close();
  bare.close();
  fs.rmSync(root, { recursive: true, force: true });
  process.exitCode = results.every((r) => r.withinLimits) && lazy ? 0 : 1;
}

void main();
