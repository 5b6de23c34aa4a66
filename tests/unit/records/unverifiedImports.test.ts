import { describe, expect, it } from 'vitest';
import { unverifiedRecordImportsMigration } from '../../../main/core/db/migrations/0008-unverified-record-imports';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { deleteLearnerProfile } from '../../../main/core/learners/deleteLearnerProfile';
import { keepUnverifiedImport, listUnverifiedImports } from '../../../main/core/records/unverifiedImports';
import { openTestDatabase } from '../db/testDataDir';

const t0 = 1_750_000_000_000;
const entry = {
  importedAt: t0,
  exportedAt: t0 - 1000,
  reason: 'untrusted' as const,
  signerKey: 'did:key:z6MkExample',
  records: { learnerRecords: null, attemptRecords: null },
};

describe(`migration ${unverifiedRecordImportsMigration.version}: unverified record imports`, () => {
  it('keeps a file once per learner, apart from every other table, and erases it with the profile', async () => {
    const { db } = await openTestDatabase();
    const ana = createLearnerProfile(db, { displayName: 'Ana' }, t0).id;
    const ben = createLearnerProfile(db, { displayName: 'Ben' }, t0).id;
    expect(keepUnverifiedImport(db, ana, entry)).toBe(true);
    expect(keepUnverifiedImport(db, ana, { ...entry, importedAt: t0 + 5 })).toBe(false);
    expect(keepUnverifiedImport(db, ben, entry)).toBe(true);
    expect(listUnverifiedImports(db, ana)).toEqual([entry]);

    const table = (db.pragma('table_list') as { name: string; strict: number }[]).find(
      (t) => t.name === 'unverified_record_imports',
    );
    expect(table?.strict).toBe(1);
    expect(() =>
      db
        .prepare(`INSERT INTO unverified_record_imports VALUES (?, ?, 1, NULL, 'verified', NULL, '{}')`)
        .run(ana, 'a'.repeat(64)),
    ).toThrow(/CHECK constraint failed/);

    deleteLearnerProfile(db, ana, { confirmName: 'Ana' }, t0 + 10);
    expect(db.prepare('SELECT learner_id FROM unverified_record_imports').all()).toEqual([
      { learner_id: ben },
    ]);
  });
});
