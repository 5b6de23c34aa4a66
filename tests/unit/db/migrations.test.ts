import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { migrateLearnerDatabase, readSchemaVersion } from '../../../main/core/db/migrateLearnerDatabase';
import { disclosureAcknowledgementsMigration } from '../../../main/core/db/migrations/0010-disclosure-acknowledgements';
import { lrsOutboxMigration } from '../../../main/core/db/migrations/0012-lrs-outbox';
import { allMigrations, latestSchemaVersion } from '../../../main/core/db/migrations/allMigrations';
import { outboxCounts } from '../../../main/core/lrs/outboxQueue';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { getLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { disclosureAcknowledgedAt } from '../../../main/core/courses/courseDisclosure';
import { readPinThrottle } from '../../../main/core/learners/pinThrottle';
import { listBookmarks } from '../../../main/core/bookmarks/bookmarks';
import { getLastPosition } from '../../../main/core/progress/lastPosition';
import { getCourseProgress } from '../../../main/core/progress/moduleProgress';
import { getModuleNote } from '../../../main/core/notes/moduleNotes';
import { recordHeartbeat } from '../../../main/core/progress/timeOnTask';
import { getCourseTime } from '../../../main/core/progress/timeOnTaskTotals';
import { makeTempDataDir, openTestDatabase } from './testDataDir';

const learnerId = 'learner-from-old-version';

// Raw SQL on purpose: each seed writes what a database of that version held, with no help from today's code.
const seeds: Record<number, (db: LearnerDb) => void> = {
  1: (db) => {
    db.prepare(
      `INSERT INTO learners (id, display_name, certificate_name, credentials, license_number, license_state, email,
         font_size, theme, pin_hash, created_at, updated_at)
       VALUES (?, 'Dana', 'Dana Reyes', 'PsyD', 'PSY-123', 'CA', 'dana@example.org', 'large', 'dark', NULL, 1, 2)`,
    ).run(learnerId);
    db.prepare(
      `INSERT INTO audit_log (learner_id, actor, action, at, before_json, after_json)
       VALUES (?, 'system', 'seed', 3, NULL, '{"x":1}')`,
    ).run(learnerId);
  },
  2: (db) => {
    db.prepare(
      `INSERT INTO module_progress (learner_id, course_id, course_version, module_id, content_hash, opened_at,
         last_opened_at, read_to_end_at, completed_at, needs_review, carried_from_version, updated_at)
       VALUES (?, 'ket', '1.0.0', 'm1', 'h1', 10, 11, 12, NULL, 0, NULL, 12)`,
    ).run(learnerId);
    db.prepare(`INSERT INTO course_positions VALUES (?, 'ket', '1.0.0', 'm1', 0.25, 13)`).run(learnerId);
    db.prepare(`INSERT INTO module_notes VALUES (?, 'ket', 'm1', '1.0.0', 'dose titration', 14, 15)`).run(
      learnerId,
    );
    db.prepare(`INSERT INTO bookmarks VALUES (?, 'ket', 'm1', 'risks', 'Risks', '1.0.0', 16, 16)`).run(
      learnerId,
    );
  },
  3: (db) => {
    db.prepare(`INSERT INTO heartbeats VALUES (?, 'b1', 'ket', '1.0.0', 'm1', 1000, NULL, 0)`).run(learnerId);
    db.prepare(`INSERT INTO heartbeats VALUES (?, 'b2', 'ket', '1.0.0', 'm1', 16000, 15990, 15000)`).run(
      learnerId,
    );
    db.prepare('INSERT INTO heartbeat_clock VALUES (?, 16000)').run(learnerId);
  },
  4: (db) => {
    db.prepare('INSERT INTO pin_throttle VALUES (?, 2, 0, 500)').run(learnerId);
  },
  [disclosureAcknowledgementsMigration.version]: (db) => {
    db.prepare(`INSERT INTO disclosure_acknowledgements VALUES (?, 'ket', '1.0.0', 17)`).run(learnerId);
  },
  [lrsOutboxMigration.version]: (db) => {
    db.prepare(
      `INSERT INTO lrs_outbox (statement_id, learner_id, verb, statement, queued_at, delivered_at)
       VALUES ('s1', ?, 'launched', '{}', 18, NULL), ('s2', ?, 'completed', '{}', 18, 19)`,
    ).run(learnerId, learnerId);
  },
};

function buildDatabaseAt(version: number): string {
  const dataDir = makeTempDataDir();
  const db = openLearnerConnection(path.join(dataDir, 'ce-player.sqlite'));
  migrateLearnerDatabase(db, version);
  for (let v = 1; v <= version; v += 1) seeds[v]?.(db);
  expect(readSchemaVersion(db)).toBe(version);
  db.close();
  return dataDir;
}

function expectSeedsPresent(db: LearnerDb, version: number): void {
  if (version >= 1) {
    const profile = getLearnerProfile(db, learnerId);
    expect(profile).toMatchObject({
      displayName: 'Dana',
      certificateName: 'Dana Reyes',
      credentials: 'PsyD',
      licenseNumber: 'PSY-123',
      licenseState: 'CA',
      email: 'dana@example.org',
      preferences: { fontSize: 'large', theme: 'dark' },
      hasPin: false,
    });
    expect(listAuditEntries(db, learnerId).map((e) => e.action)).toContain('seed');
  }
  if (version >= 2) {
    expect(getCourseProgress(db, learnerId, 'ket', '1.0.0')).toEqual([
      expect.objectContaining({ moduleId: 'm1', contentHash: 'h1', openedAt: 10, readToEndAt: 12 }),
    ]);
    expect(getLastPosition(db, learnerId, 'ket')?.scrollFraction).toBe(0.25);
    expect(getModuleNote(db, learnerId, 'ket', 'm1')?.text).toBe('dose titration');
    expect(listBookmarks(db, learnerId, 'ket').map((b) => b.anchorId)).toEqual(['risks']);
  }
  if (version >= 3) expect(getCourseTime(db, learnerId, 'ket', '1.0.0')).toBe(15_000);
  if (version >= 4) expect(readPinThrottle(db, learnerId).failedAttempts).toBe(2);
  if (version >= disclosureAcknowledgementsMigration.version) {
    expect(disclosureAcknowledgedAt(db, learnerId, { id: 'ket', version: '1.0.0' })).toBe(17);
  }
  if (version >= lrsOutboxMigration.version) {
    expect(outboxCounts(db, learnerId)).toEqual({ waiting: 1, heldBack: 0, lastDeliveredAt: 19 });
  }
}

describe('migrations', () => {
  it('are numbered 1..n in order with distinct names', () => {
    expect(allMigrations.map((m) => m.version)).toEqual(allMigrations.map((_, i) => i + 1));
    expect(new Set(allMigrations.map((m) => m.name)).size).toBe(allMigrations.length);
    expect(latestSchemaVersion).toBe(allMigrations.length);
  });

  for (let from = 0; from < latestSchemaVersion; from += 1) {
    it(`upgrade a real database from version ${from} to ${latestSchemaVersion}, keeping its data`, async () => {
      const dataDir = buildDatabaseAt(from);
      const { db, notices, schemaVersion } = await openTestDatabase(dataDir);
      expect(notices).toEqual([]);
      expect(schemaVersion).toBe(latestSchemaVersion);
      expectSeedsPresent(db, from);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  }

  for (const migration of allMigrations) {
    it(`migration ${migration.version} (${migration.name}) applies on its own to a version ${migration.version - 1} database`, () => {
      const dataDir = buildDatabaseAt(migration.version - 1);
      const db = openLearnerConnection(path.join(dataDir, 'ce-player.sqlite'));
      try {
        expect(migrateLearnerDatabase(db, migration.version)).toEqual([migration.version]);
        expect(readSchemaVersion(db)).toBe(migration.version);
        seeds[migration.version]?.(db);
        expectSeedsPresent(db, migration.version);
        expect(migrateLearnerDatabase(db, migration.version)).toEqual([]);
      } finally {
        db.close();
      }
    });
  }

  it('leaves a fully migrated database with STRICT tables, WAL, synchronous=FULL and foreign keys on', async () => {
    const { db } = await openTestDatabase();
    const tables = db.pragma('table_list') as { name: string; schema: string; strict: number }[];
    const ours = tables.filter((t) => t.schema === 'main' && !t.name.startsWith('sqlite_'));
    expect(ours.map((t) => t.name).sort()).toEqual(
      [
        'attempt_answers',
        'attempt_questions',
        'attempts',
        'attestations',
        'audit_log',
        'bookmarks',
        'certificate_pdfs',
        'certificates',
        'course_positions',
        'disclosure_acknowledgements',
        'heartbeat_clock',
        'heartbeats',
        'imported_record_owners',
        'learners',
        'lrs_outbox',
        'evaluation_responses',
        'evaluation_submissions',
        'module_notes',
        'module_progress',
        'pin_throttle',
        'unverified_record_imports',
      ].sort(),
    );
    for (const table of ours)
      expect({ table: table.name, strict: table.strict }).toEqual({ table: table.name, strict: 1 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
  });

  it('a heartbeat recorded after upgrading from version 3 continues from the old reference beat', async () => {
    const { db } = await openTestDatabase(buildDatabaseAt(3));
    const result = recordHeartbeat(
      db,
      learnerId,
      { courseId: 'ket', courseVersion: '1.0.0', moduleId: 'm1', beatId: 'b3' },
      31_000,
    );
    expect(result).toMatchObject({ accepted: true, creditedMs: 15_000 });
    expect(getCourseTime(db, learnerId, 'ket', '1.0.0')).toBe(30_000);
  });
});
