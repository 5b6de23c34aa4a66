import type { Migration } from './migration';

/**
 * Records files imported as history only (unsigned, signed by an installation this machine does not trust, or
 * changed after signing), kept apart from every table that completion, certificates and transcripts read. And an
 * index that lets an import place its heartbeats on the learner's timeline.
 */
export const unverifiedRecordImportsMigration: Migration = {
  version: 8,
  name: 'unverified record imports',
  up(db) {
    db.exec(`
      -- One row per distinct file a learner imported that could not be verified. records: the file's learner and
      -- attempt records as read, JSON, shown to the learner as "imported, not verified"; they count for nothing.
      -- content_sha256: of the file's canonical JSON, so importing the same file again adds nothing.
      CREATE TABLE unverified_record_imports (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        imported_at INTEGER NOT NULL,
        exported_at INTEGER,
        reason TEXT NOT NULL CHECK (reason IN ('unsigned', 'untrusted', 'tampered')),
        signer_key TEXT,
        records TEXT NOT NULL CHECK (json_valid(records) AND json_type(records) = 'object'),
        PRIMARY KEY (learner_id, content_sha256)
      ) STRICT;

      CREATE INDEX heartbeats_by_time ON heartbeats (learner_id, received_at);
    `);
  },
};
