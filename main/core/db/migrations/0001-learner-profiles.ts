import type { Migration } from './migration';

/** Learner profiles and the audit log of corrections and deletions. */
export const learnerProfilesMigration: Migration = {
  version: 1,
  name: 'learner profiles and audit log',
  up(db) {
    db.exec(`
      CREATE TABLE learners (
        id TEXT PRIMARY KEY NOT NULL,
        display_name TEXT NOT NULL,
        certificate_name TEXT NOT NULL,
        credentials TEXT NOT NULL DEFAULT '',
        license_number TEXT,
        license_state TEXT,
        email TEXT,
        font_size TEXT NOT NULL DEFAULT 'medium'
          CHECK (font_size IN ('small', 'medium', 'large', 'extra-large')),
        theme TEXT NOT NULL DEFAULT 'system' CHECK (theme IN ('light', 'dark', 'system')),
        pin_hash TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX learners_display_name ON learners (display_name COLLATE NOCASE);

      -- learner_id is deliberately not a foreign key: the entry that records a deletion must outlive the profile.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        learner_id TEXT,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        at INTEGER NOT NULL,
        before_json TEXT,
        after_json TEXT
      ) STRICT;

      CREATE INDEX audit_log_by_learner ON audit_log (learner_id, at);
    `);
  },
};
