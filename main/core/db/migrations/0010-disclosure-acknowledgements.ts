import type { Migration } from './migration';

/**
 * The learner's acknowledgement of a course's disclosures (who planned and reviewed it, their financial
 * relationships or none, mitigation, commercial support), once per course version, before they start.
 */
export const disclosureAcknowledgementsMigration: Migration = {
  version: 10,
  name: 'disclosure acknowledgements',
  up(db) {
    db.exec(`
      -- The first acknowledgement stands; a course version with other disclosures is acknowledged again.
      CREATE TABLE disclosure_acknowledgements (
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        acknowledged_at INTEGER NOT NULL,
        PRIMARY KEY (learner_id, course_id, course_version)
      ) STRICT;
    `);
  },
};
