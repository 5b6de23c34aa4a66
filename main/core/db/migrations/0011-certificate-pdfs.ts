import type { Migration } from './migration';

/**
 * The PDF of each issued certificate, the bytes rendered at issue, so that saving or opening it serves them instead
 * of drawing and verifying the page again. A certificate issued before this step has no row until its PDF is first
 * asked for; it is rendered then, once, and kept.
 */
export const certificatePdfsMigration: Migration = {
  version: 11,
  name: 'certificate PDFs',
  up(db) {
    db.exec(`
      -- Apart from certificates, whose rows are read for every list: a PDF is a few hundred kilobytes.
      CREATE TABLE certificate_pdfs (
        certificate_id TEXT PRIMARY KEY NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
        pdf BLOB NOT NULL CHECK (substr(pdf, 1, 5) = CAST('%PDF-' AS BLOB))
      ) STRICT;

      -- The bytes of an issued certificate never change, as its snapshot and credential never do.
      CREATE TRIGGER certificate_pdfs_are_final BEFORE UPDATE ON certificate_pdfs
        BEGIN SELECT RAISE(ABORT, 'an issued certificate''s PDF cannot be changed'); END;
    `);
  },
};
