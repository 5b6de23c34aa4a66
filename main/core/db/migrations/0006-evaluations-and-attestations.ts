import type { Migration } from './migration';

/** Course evaluation responses and the learner's attestation of time spent and credit claimed. */
export const evaluationsAndAttestationsMigration: Migration = {
  version: 6,
  name: 'course evaluations and attestations',
  up(db) {
    db.exec(`
      -- One row per course version the learner submitted the evaluation for; the responses are its items.
      CREATE TABLE evaluation_submissions (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        submitted_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, course_version)
      ) STRICT;

      -- response: JSON, a rating (1-5), a chosen option or free text. Optional items left blank have no row.
      CREATE TABLE evaluation_responses (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        item_id TEXT NOT NULL,
        response TEXT NOT NULL CHECK (json_valid(response)),
        submitted_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, course_version, item_id),
        FOREIGN KEY (learner_id, course_id, course_version)
          REFERENCES evaluation_submissions (learner_id, course_id, course_version) ON DELETE CASCADE
      ) STRICT;

      -- statement: the exact words the learner attested to, kept verbatim for the certificate.
      CREATE TABLE attestations (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        claimed_hours REAL NOT NULL CHECK (claimed_hours > 0),
        attested_minutes INTEGER NOT NULL CHECK (attested_minutes > 0),
        statement TEXT NOT NULL,
        attested_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, course_version)
      ) STRICT;
    `);
  },
};
