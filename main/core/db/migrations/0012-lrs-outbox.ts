import type { Migration } from './migration';

/**
 * The outbox of xAPI statements for the provider's Learning Record Store (issue 20). Each learning event writes its
 * statements here in the transaction that records the event, while record sync is on; the sync worker sends them
 * and marks them delivered. Delivered rows stay, so an event written again (a records import, a second opening)
 * finds its statement id taken and is not sent twice. A statement the LRS holds differently, or refuses, is held
 * back for clinic IT and never sent again by itself.
 */
export const lrsOutboxMigration: Migration = {
  version: 12,
  name: 'LRS statement outbox',
  up(db) {
    db.exec(`
      -- statement: the statement's JSON exactly as it is sent, every time. verb: its verb's name (launched…).
      CREATE TABLE lrs_outbox (
        seq INTEGER PRIMARY KEY,
        statement_id TEXT NOT NULL UNIQUE,
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        verb TEXT NOT NULL,
        statement TEXT NOT NULL CHECK (json_valid(statement)),
        queued_at INTEGER NOT NULL,
        delivered_at INTEGER,
        held_back TEXT CHECK (held_back IN ('conflict', 'refused')),
        CHECK (delivered_at IS NULL OR held_back IS NULL)
      ) STRICT;
      CREATE INDEX lrs_outbox_waiting ON lrs_outbox (seq) WHERE delivered_at IS NULL AND held_back IS NULL;
      CREATE INDEX lrs_outbox_learner ON lrs_outbox (learner_id);
    `);
  },
};
