import type { Migration } from './migration';

/** Wrong-PIN counts and lockouts, kept in the database so restarting the app does not reset them. */
export const pinThrottleMigration: Migration = {
  version: 4,
  name: 'PIN throttle',
  up(db) {
    db.exec(`
      CREATE TABLE pin_throttle (
        learner_id TEXT PRIMARY KEY NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        failed_attempts INTEGER NOT NULL CHECK (failed_attempts >= 0),
        locked_until INTEGER NOT NULL,
        last_failed_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
