import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { migrateLearnerDatabase, readSchemaVersion } from '../../../main/core/db/migrateLearnerDatabase';
import { allMigrations } from '../../../main/core/db/migrations/allMigrations';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { getAttestation } from '../../../main/core/attestation/attestationRecords';
import {
  findCurrentCertificate,
  listLearnerCertificates,
} from '../../../main/core/issuance/certificateRecords';
import { makeTempDataDir } from '../db/testDataDir';

const learner = 'learner-1';
const first = '11111111-2222-4333-8444-555555555555';
const second = '66666666-2222-4333-8444-555555555555';

function databaseAt(version: number): LearnerDb {
  const db = openLearnerConnection(path.join(makeTempDataDir(), 'ce-player.sqlite'));
  migrateLearnerDatabase(db, version);
  db.prepare(
    `INSERT INTO learners (id, display_name, certificate_name, created_at, updated_at) VALUES (?, 'Dana', 'Dana', 1, 1)`,
  ).run(learner);
  return db;
}

// Raw SQL on purpose: what a version 7 database holds, with no help from today's code.
function insertCertificate(db: LearnerDb, id: string, supersedes: string | null = null): void {
  const snapshot = JSON.stringify({
    certificateId: id,
    courseTitle: 'Ketamine',
    issuedAt: '2026-06-01T14:00:00Z',
  });
  const credential = JSON.stringify({ id: `urn:uuid:${id}`, issuer: { id: 'did:key:z6MkTest' } });
  db.prepare(
    `INSERT INTO certificates VALUES (?, ?, 'ket', '1.0.0', 1780322400000, ?, ?, 'ABCDE-FGHJK', ?, NULL, 'current')`,
  ).run(id, learner, snapshot, credential, supersedes);
}

function supersede(db: LearnerDb, oldId: string, newId: string): void {
  db.transaction(() => {
    db.prepare("UPDATE certificates SET status = 'superseded', superseded_by = ? WHERE id = ?").run(
      newId,
      oldId,
    );
    insertCertificate(db, newId, oldId);
  })();
}

describe('migration 7: issued certificates', () => {
  it('applies on its own to a version 6 database, keeping its records, with a STRICT table', () => {
    expect(allMigrations.find((m) => m.version === 7)?.name).toBe('issued certificates');
    const db = databaseAt(6);
    db.prepare(`INSERT INTO attestations VALUES (?, 'ket', '1.0.0', 4.5, 290, 'I attest.', 21)`).run(learner);
    expect(migrateLearnerDatabase(db, 7)).toEqual([7]);
    expect(readSchemaVersion(db)).toBe(7);
    const tables = db.pragma('table_list') as { name: string; strict: number }[];
    expect(tables.find((t) => t.name === 'certificates')?.strict).toBe(1);
    expect(getAttestation(db, learner, { id: 'ket', version: '1.0.0' })?.claimedHours).toBe(4.5);
    insertCertificate(db, first);
    expect(findCurrentCertificate(db, learner, 'ket', '1.0.0')).toMatchObject({
      id: first,
      issuerDid: 'did:key:z6MkTest',
      verificationCode: 'ABCDE-FGHJK',
      status: 'current',
      snapshot: { courseTitle: 'Ketamine' },
    });
    expect(migrateLearnerDatabase(db, 7)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('keeps the snapshot and the credential exactly as issued', () => {
    const db = databaseAt(7);
    insertCertificate(db, first);
    for (const change of [
      `snapshot_json = '{"certificateId":"${first}","courseTitle":"Changed"}'`,
      `credential_json = '{"id":"urn:uuid:${first}"}'`,
      "verification_code = 'ZZZZZ-ZZZZZ'",
      'issued_at = 5',
      "course_version = '2.0.0'",
      "learner_id = 'someone-else'",
    ]) {
      expect(() => db.prepare(`UPDATE certificates SET ${change} WHERE id = ?`).run(first), change).toThrow(
        /an issued certificate cannot be changed/,
      );
    }
    expect(listLearnerCertificates(db, learner)[0]?.snapshot).toMatchObject({ courseTitle: 'Ketamine' });
    db.close();
  });

  it('allows one current certificate per course version, and superseding only once', () => {
    const db = databaseAt(7);
    insertCertificate(db, first);
    expect(() => insertCertificate(db, second)).toThrow(/UNIQUE/);
    supersede(db, first, second);
    expect(
      listLearnerCertificates(db, learner).map((c) => [c.id, c.status, c.supersedes, c.supersededBy]),
    ).toEqual([
      [first, 'superseded', null, second],
      [second, 'current', first, null],
    ]);
    expect(() =>
      db.prepare("UPDATE certificates SET status = 'current', superseded_by = NULL WHERE id = ?").run(first),
    ).toThrow(/stays superseded/);
    // Superseded needs the certificate that replaced it, and that certificate must exist.
    expect(() =>
      db.prepare("UPDATE certificates SET status = 'superseded' WHERE id = ?").run(second),
    ).toThrow(/CHECK/);
    expect(() =>
      db.transaction(() =>
        db
          .prepare("UPDATE certificates SET status = 'superseded', superseded_by = ? WHERE id = ?")
          .run('99999999-2222-4333-8444-555555555555', second),
      )(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO certificates VALUES ('short', ?, 'k', '1', 1, '{}', '{}', 'ABCDE-FGHJK', NULL, NULL, 'current')",
        )
        .run(learner),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO certificates VALUES ('${'7'.repeat(36)}', ?, 'k', '1', 1, 'not json', '{}', 'ABCDE-FGHJK', NULL, NULL, 'current')`,
        )
        .run(learner),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('goes with the learner profile, corrections and all', () => {
    const db = databaseAt(7);
    insertCertificate(db, first);
    supersede(db, first, second);
    db.prepare('DELETE FROM learners WHERE id = ?').run(learner);
    expect(db.prepare('SELECT count(*) AS n FROM certificates').get()).toEqual({ n: 0 });
    db.close();
  });
});
