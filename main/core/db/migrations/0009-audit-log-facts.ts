import { scrubAuditEntries } from '../auditLog';
import type { Migration } from './migration';

/**
 * The audit log keeps only ids, kinds of event, counts and times about learners (issue 21, finding 7). Entries
 * written before that rule held names, licence numbers, e-mails, corrected values and replaced note texts; they
 * are cut down to their ids and counts. No table changes.
 */
export const auditLogFactsMigration: Migration = {
  version: 9,
  name: 'audit log keeps ids and counts only',
  up(db) {
    scrubAuditEntries(db);
  },
};
