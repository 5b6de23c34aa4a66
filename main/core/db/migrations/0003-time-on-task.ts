import type { Migration } from './migration';

/** Accepted heartbeats (the source of truth for time on task) and each learner's reference beat. */
export const timeOnTaskMigration: Migration = {
  version: 3,
  name: 'time on task heartbeats',
  up(db) {
    db.exec(`
      CREATE TABLE heartbeats (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        beat_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        module_id TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        client_sent_at INTEGER,
        credited_ms INTEGER NOT NULL CHECK (credited_ms >= 0 AND credited_ms <= 30000),
        PRIMARY KEY (learner_id, beat_id)
      ) STRICT;

      CREATE INDEX heartbeats_by_module ON heartbeats (learner_id, course_id, course_version, module_id);

      -- The server time of the learner's previous live beat. Imported beats never move it.
      CREATE TABLE heartbeat_clock (
        learner_id TEXT PRIMARY KEY NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        last_beat_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
