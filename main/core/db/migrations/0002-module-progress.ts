import type { Migration } from './migration';

/** Reading progress per module, resume positions, notes and bookmarks. */
export const moduleProgressMigration: Migration = {
  version: 2,
  name: 'module progress, positions, notes and bookmarks',
  up(db) {
    db.exec(`
      -- content_hash is the module content the recorded progress is about; needs_review = 1 when the learner's
      -- reading was of different content than the module now has.
      CREATE TABLE module_progress (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        module_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        opened_at INTEGER,
        last_opened_at INTEGER,
        read_to_end_at INTEGER,
        completed_at INTEGER,
        needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
        carried_from_version TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, course_version, module_id)
      ) STRICT;

      CREATE TABLE course_positions (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        module_id TEXT NOT NULL,
        scroll_fraction REAL NOT NULL CHECK (scroll_fraction >= 0 AND scroll_fraction <= 1),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id)
      ) STRICT;

      -- Notes and bookmarks belong to a module across course versions; course_version records where they were made.
      CREATE TABLE module_notes (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        module_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, module_id)
      ) STRICT;

      CREATE TABLE bookmarks (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        module_id TEXT NOT NULL,
        anchor_id TEXT NOT NULL,
        label TEXT NOT NULL,
        course_version TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, module_id, anchor_id)
      ) STRICT;
    `);
  },
};
