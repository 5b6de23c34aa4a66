import type { Migration } from './migration';

/** Issued completion certificates: the frozen facts and the signed credential, exactly as issued. */
export const certificatesMigration: Migration = {
  version: 7,
  name: 'issued certificates',
  up(db) {
    db.exec(`
      -- snapshot_json: the CertificateSnapshot the certificate states. credential_json: the signed credential, the
      -- exact text of credential.json. A correction is a new row that supersedes the old one; both are kept.
      -- The supersedes links are deferred so a correction can mark the old row and insert the new one in one
      -- transaction, in either order.
      CREATE TABLE certificates (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json) AND json_type(snapshot_json) = 'object'),
        credential_json TEXT NOT NULL
          CHECK (json_valid(credential_json) AND json_type(credential_json) = 'object'),
        verification_code TEXT NOT NULL CHECK (length(verification_code) = 11),
        supersedes TEXT REFERENCES certificates (id) DEFERRABLE INITIALLY DEFERRED,
        superseded_by TEXT REFERENCES certificates (id) DEFERRABLE INITIALLY DEFERRED,
        status TEXT NOT NULL CHECK (status IN ('current', 'superseded')),
        CHECK ((status = 'superseded') = (superseded_by IS NOT NULL)),
        CHECK (supersedes IS NULL OR supersedes <> id),
        CHECK (superseded_by IS NULL OR superseded_by <> id)
      ) STRICT;

      -- One current certificate per learner and course version: issuing again returns it.
      CREATE UNIQUE INDEX certificates_one_current ON certificates (learner_id, course_id, course_version)
        WHERE status = 'current';

      CREATE INDEX certificates_by_learner ON certificates (learner_id, issued_at);

      -- What a certificate states never changes after issue. The only change allowed is marking a current
      -- certificate superseded, once, by the certificate that corrects it.
      CREATE TRIGGER certificates_issued_are_final BEFORE UPDATE ON certificates
        WHEN NEW.id IS NOT OLD.id
          OR NEW.learner_id IS NOT OLD.learner_id
          OR NEW.course_id IS NOT OLD.course_id
          OR NEW.course_version IS NOT OLD.course_version
          OR NEW.issued_at IS NOT OLD.issued_at
          OR NEW.snapshot_json IS NOT OLD.snapshot_json
          OR NEW.credential_json IS NOT OLD.credential_json
          OR NEW.verification_code IS NOT OLD.verification_code
          OR NEW.supersedes IS NOT OLD.supersedes
        BEGIN SELECT RAISE(ABORT, 'an issued certificate cannot be changed'); END;

      CREATE TRIGGER certificates_superseded_once BEFORE UPDATE OF status, superseded_by ON certificates
        WHEN OLD.status = 'superseded'
          AND (NEW.status IS NOT OLD.status OR NEW.superseded_by IS NOT OLD.superseded_by)
        BEGIN SELECT RAISE(ABORT, 'a superseded certificate stays superseded by the certificate that replaced it'); END;
    `);
  },
};
