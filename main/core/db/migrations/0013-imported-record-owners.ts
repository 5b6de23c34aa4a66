import type { Migration } from './migration';

/**
 * Whose study a verified records import holds. A signed file proves which installation wrote it, not who studied:
 * each verified import remembers, per course it touched, the printed name of the learner it was exported from, so
 * that a certificate built on it prints that name and no other (records/recordsOwner.ts).
 */
export const importedRecordOwnersMigration: Migration = {
  version: 13,
  name: 'imported record owners',
  up(db) {
    db.exec(`
      -- certificate_name: as the file carries it; compared with the profile's after normalising case and spacing.
      CREATE TABLE imported_record_owners (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        certificate_name TEXT NOT NULL CHECK (length(trim(certificate_name)) > 0),
        imported_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, certificate_name)
      ) STRICT;
    `);
  },
};
