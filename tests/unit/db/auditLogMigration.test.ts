import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesHolding } from '../../support/filesHolding';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import { migrateLearnerDatabase } from '../../../main/core/db/migrateLearnerDatabase';
import { auditLogFactsMigration } from '../../../main/core/db/migrations/0009-audit-log-facts';
import { latestSchemaVersion } from '../../../main/core/db/migrations/allMigrations';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { makeTempDataDir, openTestDatabase } from './testDataDir';

/*
 * The migration that cuts the audit log down to ids and counts, on a database as the version before it left it:
 * entries written with names, licence numbers, e-mails, corrected values and replaced note texts. Checked on the
 * bytes of every file in the data folder after the upgrade, not only through queries.
 */
const learnerId = '6a3f3c1e-0d1b-4a57-9d55-0c6b1f3f2a10';
const deletedId = '9b1e2d3c-4f5a-4b6c-8d7e-1a2b3c4d5e6f';
const oldEntries: [string | null, string, unknown, unknown][] = [
  [
    learnerId,
    'profile.created',
    null,
    { display_name: 'Kim Old', email: 'kim.old@x.example', license_number: 'RN-OLD-1' },
  ],
  [learnerId, 'profile.updated', { email: 'kim.older@x.example' }, { email: 'kim.now@x.example' }],
  [
    learnerId,
    'note.replaced_by_import',
    { text: 'OLD-NOTE-TEXT-88', courseId: 'ket', moduleId: 'm1' },
    { text: 'NEW-NOTE-TEXT-88', courseId: 'ket', moduleId: 'm1', courseVersion: '1.0.0' },
  ],
  [
    learnerId,
    'certificate.name_corrected',
    { certificateId: 'c-1', certificateName: 'Kim Oldname' },
    { certificateId: 'c-2', certificateName: 'Kim Newname' },
  ],
  [
    learnerId,
    'certificate.issued',
    null,
    { certificateId: 'c-1', courseId: 'ket', hoursClaimed: 5, verificationCode: 'ABCDE-12345' },
  ],
  [deletedId, 'profile.deleted', { displayName: 'Gone Person', records: { notes: 2 } }, null],
  [null, 'database.backup', null, { file: 'ce-player-2026.sqlite', reason: 'startup' }],
];
const personal = [
  'Kim Old',
  'kim.old@x.example',
  'RN-OLD-1',
  'kim.older@x.example',
  'kim.now@x.example',
  'OLD-NOTE-TEXT-88',
  'NEW-NOTE-TEXT-88',
  'Kim Oldname',
  'Kim Newname',
  'Gone Person',
];

describe('the audit log migration', () => {
  it('leaves ids, kinds, counts and times, and no personal text anywhere in the data folder', async () => {
    const dataDir = makeTempDataDir();
    const old = openLearnerConnection(path.join(dataDir, 'ce-player.sqlite'));
    migrateLearnerDatabase(old, auditLogFactsMigration.version - 1);
    const insert = old.prepare(
      'INSERT INTO audit_log (learner_id, actor, action, at, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)',
    );
    oldEntries.forEach(([learner, action, before, after], index) =>
      insert.run(
        learner,
        'system',
        action,
        100 + index,
        before === null ? null : JSON.stringify(before),
        after === null ? null : JSON.stringify(after),
      ),
    );
    old.close();
    for (const text of personal) expect(filesHolding(dataDir, text), text).not.toEqual([]);

    const { db } = await openTestDatabase(dataDir, { startupBackup: false });
    expect(Number(db.pragma('user_version', { simple: true }))).toBe(latestSchemaVersion);
    expect(
      listAuditEntries(db, learnerId).map((entry) => [entry.action, entry.at, entry.before, entry.after]),
    ).toEqual([
      ['profile.created', 100, null, null],
      ['profile.updated', 101, null, { fields: ['email'] }],
      ['note.replaced_by_import', 102, null, { courseId: 'ket', moduleId: 'm1', courseVersion: '1.0.0' }],
      ['certificate.name_corrected', 103, { certificateId: 'c-1' }, { certificateId: 'c-2' }],
      [
        'certificate.issued',
        104,
        null,
        { certificateId: 'c-1', courseId: 'ket', hoursClaimed: 5, verificationCode: 'ABCDE-12345' },
      ],
    ]);
    expect(listAuditEntries(db, deletedId)[0]?.before).toEqual({ records: { notes: 2 } });
    db.close();
    for (const text of personal) expect(filesHolding(dataDir, text), text).toEqual([]);
  });
});
