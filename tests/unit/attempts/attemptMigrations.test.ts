import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSubmittedAttempts } from '../../../main/core/attempts/attemptSummaries';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { migrateLearnerDatabase, readSchemaVersion } from '../../../main/core/db/migrateLearnerDatabase';
import { allMigrations, latestSchemaVersion } from '../../../main/core/db/migrations/allMigrations';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { getEvaluationSubmission } from '../../../main/core/evaluation/evaluationRecords';
import { getAttestation } from '../../../main/core/attestation/attestationRecords';
import { makeTempDataDir, openTestDatabase } from '../db/testDataDir';

const learner = 'learner-1';
const attemptId = '11111111-2222-4333-8444-555555555555';
const course = { id: 'ket', version: '1.0.0' };

function databaseAt(version: number): LearnerDb {
  const db = openLearnerConnection(path.join(makeTempDataDir(), 'ce-player.sqlite'));
  migrateLearnerDatabase(db, version);
  db.prepare(
    `INSERT INTO learners (id, display_name, certificate_name, created_at, updated_at) VALUES (?, 'Dana', 'Dana', 1, 1)`,
  ).run(learner);
  return db;
}

// Raw SQL on purpose: what a version 5 database holds, with no help from today's code.
function seedAttempt(db: LearnerDb, id = attemptId, status: 'open' | 'submitted' = 'submitted'): void {
  const submitted = status === 'submitted';
  db.prepare(
    `INSERT INTO attempts VALUES (?, ?, 'ket', '1.0.0', 'module', 'm1', ?, 'open', 10, NULL, NULL, NULL, 0.8)`,
  ).run(id, learner, submitted ? 1 : 2);
  db.prepare(`INSERT INTO attempt_questions VALUES (?, 1, 'q1', '["b","a"]', NULL)`).run(id);
  db.prepare(`INSERT INTO attempt_answers VALUES (?, 'q1', '["a"]', 11)`).run(id);
  if (submitted) {
    db.prepare(`UPDATE attempt_questions SET correct = 1 WHERE attempt_id = ?`).run(id);
    db.prepare(
      `UPDATE attempts SET status = 'submitted', submitted_at = 12, score = 1, passed = 1 WHERE id = ?`,
    ).run(id);
  }
}

function seedEvaluation(db: LearnerDb): void {
  db.prepare(`INSERT INTO evaluation_submissions VALUES (?, 'ket', '1.0.0', 20)`).run(learner);
  db.prepare(`INSERT INTO evaluation_responses VALUES (?, 'ket', '1.0.0', 'objectives-met', '5', 20)`).run(
    learner,
  );
  db.prepare(`INSERT INTO attestations VALUES (?, 'ket', '1.0.0', 4.5, 290, 'I attest.', 21)`).run(learner);
}

function strictTables(db: LearnerDb): Map<string, number> {
  const tables = db.pragma('table_list') as { name: string; schema: string; strict: number }[];
  return new Map(tables.filter((t) => t.schema === 'main').map((t) => [t.name, t.strict]));
}

describe('migration 5: quiz and post-test attempts', () => {
  const migration = allMigrations.find((m) => m.version === 5);

  it('applies on its own to a version 4 database, with STRICT tables', () => {
    expect(migration?.name).toBe('quiz and post-test attempts');
    const db = databaseAt(4);
    expect(migrateLearnerDatabase(db, 5)).toEqual([5]);
    expect(readSchemaVersion(db)).toBe(5);
    const tables = strictTables(db);
    for (const name of ['attempts', 'attempt_questions', 'attempt_answers']) expect(tables.get(name)).toBe(1);
    seedAttempt(db);
    expect(listSubmittedAttempts(db, learner, 'ket', '1.0.0')).toEqual([
      { attemptId, kind: 'module', moduleId: 'm1', number: 1, score: 1, passed: true, submittedAt: 12 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('enforces its rules in the database itself', () => {
    const db = databaseAt(5);
    seedAttempt(db, attemptId, 'open');
    const insert = (values: string) => () => db.prepare(`INSERT INTO attempts VALUES (${values})`).run();
    const other = "'99999999-2222-4333-8444-555555555555', 'learner-1', 'ket', '1.0.0'";
    // A module attempt needs its module; a post-test has none.
    expect(insert(`${other}, 'module', NULL, 9, 'open', 1, NULL, NULL, NULL, 0.8`)).toThrow(/CHECK/);
    expect(insert(`${other}, 'post-test', 'm1', 9, 'open', 1, NULL, NULL, NULL, 0.8`)).toThrow(/CHECK/);
    // An open attempt has no result; a submitted one has all of it.
    expect(insert(`${other}, 'module', 'm9', 1, 'open', 1, NULL, 0.5, NULL, 0.8`)).toThrow(/CHECK/);
    expect(insert(`${other}, 'module', 'm9', 1, 'submitted', 1, 2, NULL, 1, 0.8`)).toThrow(/CHECK/);
    expect(insert(`${other}, 'module', 'm9', 1, 'open', 1, NULL, NULL, NULL, 1.5`)).toThrow(/CHECK/);
    // One open attempt per quiz, and attempt numbers are unique per quiz (the post-test's null module too).
    expect(insert(`${other}, 'module', 'm1', 7, 'open', 1, NULL, NULL, NULL, 0.8`)).toThrow(/UNIQUE/);
    expect(insert(`${other}, 'module', 'm1', 2, 'submitted', 1, 2, 1, 1, 0.8`)).toThrow(/UNIQUE/);
    insert(`${other}, 'post-test', NULL, 1, 'open', 1, NULL, NULL, NULL, 0.75`)();
    const third = "'88888888-2222-4333-8444-555555555555', 'learner-1', 'ket', '1.0.0'";
    expect(insert(`${third}, 'post-test', NULL, 2, 'open', 1, NULL, NULL, NULL, 0.75`)).toThrow(/UNIQUE/);
    // An answer must be to a question the attempt presented, and JSON.
    expect(() =>
      db.prepare(`INSERT INTO attempt_answers VALUES (?, 'q2', 'true', 1)`).run(attemptId),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(`INSERT INTO attempt_answers VALUES (?, 'q1', 'not json', 1)`).run(attemptId),
    ).toThrow(/CHECK/);
    // Deleting the learner removes attempts, questions and answers.
    db.prepare('DELETE FROM learners WHERE id = ?').run(learner);
    for (const table of ['attempts', 'attempt_questions', 'attempt_answers']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });
});

describe('migration 6: course evaluations and attestations', () => {
  it('applies on its own to a version 5 database, keeping attempts, with STRICT tables', () => {
    const db = databaseAt(5);
    seedAttempt(db);
    expect(migrateLearnerDatabase(db, 6)).toEqual([6]);
    const tables = strictTables(db);
    for (const name of ['evaluation_submissions', 'evaluation_responses', 'attestations']) {
      expect(tables.get(name)).toBe(1);
    }
    seedEvaluation(db);
    expect(getEvaluationSubmission(db, learner, course)).toEqual({
      courseId: 'ket',
      courseVersion: '1.0.0',
      submittedAt: 20,
      responses: { 'objectives-met': 5 },
    });
    expect(getAttestation(db, learner, course)).toMatchObject({ claimedHours: 4.5, attestedMinutes: 290 });
    expect(listSubmittedAttempts(db, learner, 'ket', '1.0.0')).toHaveLength(1);
    // Responses belong to a submission; hours and minutes are positive; deletion cascades.
    expect(() =>
      db.prepare(`INSERT INTO evaluation_responses VALUES (?, 'ket', '2.0.0', 'x', '1', 1)`).run(learner),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(`INSERT INTO attestations VALUES (?, 'ket', '2.0.0', 0, 10, 'x', 1)`).run(learner),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM learners WHERE id = ?').run(learner);
    for (const table of ['evaluation_submissions', 'evaluation_responses', 'attestations', 'attempts']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });
});

describe('upgrading an existing database', () => {
  for (const from of [4, 5]) {
    it(`from version ${from} to ${latestSchemaVersion} through openLearnerDatabase keeps its data`, async () => {
      const db = databaseAt(from);
      if (from >= 5) seedAttempt(db);
      const file = db.name;
      db.close();
      const opened = await openTestDatabase(path.dirname(file), { startupBackup: false });
      expect(opened.notices).toEqual([]);
      expect(opened.schemaVersion).toBe(latestSchemaVersion);
      expect(listSubmittedAttempts(opened.db, learner, 'ket', '1.0.0')).toHaveLength(from >= 5 ? 1 : 0);
      seedEvaluation(opened.db);
      expect(getEvaluationSubmission(opened.db, learner, course)?.responses).toEqual({ 'objectives-met': 5 });
      expect(opened.db.pragma('foreign_key_check')).toEqual([]);
      expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  }
});
