import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificatePdfResponse } from '../../../main/core/app/certificatePdfResponse';
import {
  renderCertificatePdf,
  type CertificatePdfRenderer,
} from '../../../main/core/certificates/renderCertificatePdf';
import { databaseFileName } from '../../../main/core/db/learnerDatabase';
import { migrateLearnerDatabase } from '../../../main/core/db/migrateLearnerDatabase';
import { certificatePdfsMigration } from '../../../main/core/db/migrations/0011-certificate-pdfs';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { findCertificatePdf, keepCertificatePdf } from '../../../main/core/issuance/certificateRecords';
import { makeTempDataDir } from '../db/testDataDir';
import {
  certifiedLearner,
  coreWorld,
  courseId,
  downloadCertificate,
  type CoreWorld,
} from '../support/coreWorld';
import type { Session } from '../../../main/core/app/session';

/*
 * A certificate's PDF is drawn once, at issue, and stored with it; Save PDF and the PDF address serve those bytes.
 * The drawings are counted through the core's renderer option, which still draws with renderCertificatePdf.
 */

function countingRenderer(): { render: CertificatePdfRenderer; count: () => number } {
  let drawn = 0;
  return {
    render: (snapshot, credential, options) => {
      drawn++;
      return renderCertificatePdf(snapshot, credential, options);
    },
    count: () => drawn,
  };
}

/** The stored bytes, read from the database file by a connection of the test's own. */
function storedPdf(world: CoreWorld, certificateId: string): Buffer | undefined {
  const db = openLearnerConnection(path.join(world.dataDir, databaseFileName));
  try {
    const row = db.prepare('SELECT pdf FROM certificate_pdfs WHERE certificate_id = ?').get(certificateId) as
      { pdf: Buffer } | undefined;
    return row?.pdf;
  } finally {
    db.close();
  }
}

async function served(world: CoreWorld, learner: Session, certificateId: string): Promise<Buffer> {
  const response = await certificatePdfResponse(world.core, learner, certificateId);
  if (response.status !== 200)
    throw new Error(`expected the PDF, got ${response.status}: ${response.message}`);
  return response.body;
}

describe('the issued PDF, stored with its certificate', () => {
  it('is drawn once at issue; Save PDF and the PDF address serve the stored bytes without drawing again', async () => {
    const renderer = countingRenderer();
    const world = await coreWorld({ renderCertificatePdf: renderer.render });
    const learner = await certifiedLearner(world);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(renderer.count()).toBe(1);
    const stored = storedPdf(world, issued.certificateId);
    expect(stored?.subarray(0, 5).toString()).toBe('%PDF-');

    const first = await downloadCertificate(world, learner, issued.certificateId);
    const second = await downloadCertificate(world, learner, issued.certificateId);
    const opened = await served(world, learner, issued.certificateId);
    expect(first.pdf.equals(stored as Buffer)).toBe(true);
    expect(second.pdf.equals(stored as Buffer)).toBe(true);
    expect(opened.equals(stored as Buffer)).toBe(true);
    expect(renderer.count()).toBe(1);
    // Issuing again returns the certificate held, and draws nothing.
    await world.ok('certificates.issue', { courseId }, learner);
    expect(renderer.count()).toBe(1);
    expect(world.errors).toEqual([]);
  });

  it('keeps the corrected certificate its own PDF, drawn once', async () => {
    const renderer = countingRenderer();
    const world = await coreWorld({ renderCertificatePdf: renderer.render });
    const learner = await certifiedLearner(world);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    const corrected = await world.ok(
      'certificates.correctName',
      { certificateId: issued.certificateId, certificateName: 'Dana R. Reyes' },
      learner,
    );
    expect(renderer.count()).toBe(2);
    const pdf = await downloadCertificate(world, learner, corrected.certificateId);
    expect(pdf.pdf.equals(storedPdf(world, corrected.certificateId) as Buffer)).toBe(true);
    expect(pdf.pdf.equals(storedPdf(world, issued.certificateId) as Buffer)).toBe(false);
    expect(renderer.count()).toBe(2);
  });

  it('draws a certificate issued before PDFs were kept on its first opening, the same bytes, and keeps them', async () => {
    const renderer = countingRenderer();
    const world = await coreWorld({ renderCertificatePdf: renderer.render });
    const learner = await certifiedLearner(world);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    const atIssue = storedPdf(world, issued.certificateId) as Buffer;
    // As after the migration: the certificate is there, its PDF is not.
    const db = openLearnerConnection(path.join(world.dataDir, databaseFileName));
    db.prepare('DELETE FROM certificate_pdfs').run();
    db.close();

    const first = await served(world, learner, issued.certificateId);
    expect(renderer.count()).toBe(2);
    expect(first.equals(atIssue)).toBe(true);
    expect(storedPdf(world, issued.certificateId)?.equals(atIssue)).toBe(true);
    const again = await downloadCertificate(world, learner, issued.certificateId);
    expect(again.pdf.equals(atIssue)).toBe(true);
    expect(renderer.count()).toBe(2);
    expect(world.errors).toEqual([]);
  });
});

describe('the certificate PDFs migration', () => {
  const learner = 'learner-1';
  const certificateId = '11111111-2222-4333-8444-555555555555';

  it('adds a STRICT table to a database holding certificates, whose PDFs are kept once and never changed', () => {
    const db = openLearnerConnection(path.join(makeTempDataDir(), databaseFileName));
    migrateLearnerDatabase(db, certificatePdfsMigration.version - 1);
    // Raw SQL on purpose: what the database held before, with no help from today's code.
    db.prepare(
      `INSERT INTO learners (id, display_name, certificate_name, created_at, updated_at) VALUES (?, 'Dana', 'Dana', 1, 1)`,
    ).run(learner);
    db.prepare(
      `INSERT INTO certificates VALUES (?, ?, 'ket', '1.0.0', 1780322400000, '{}', '{}', 'ABCDE-FGHJK', NULL, NULL, 'current')`,
    ).run(certificateId, learner);

    expect(migrateLearnerDatabase(db, certificatePdfsMigration.version)).toEqual([
      certificatePdfsMigration.version,
    ]);
    const tables = db.pragma('table_list') as { name: string; strict: number }[];
    expect(tables.find((t) => t.name === 'certificate_pdfs')?.strict).toBe(1);
    expect(findCertificatePdf(db, certificateId)).toBeNull();

    const pdf = Buffer.from('%PDF-1.7 issued');
    keepCertificatePdf(db, certificateId, pdf);
    keepCertificatePdf(db, certificateId, Buffer.from('%PDF-1.7 drawn again'));
    expect(findCertificatePdf(db, certificateId)?.equals(pdf)).toBe(true);
    expect(() => db.prepare("UPDATE certificate_pdfs SET pdf = CAST('%PDF-changed' AS BLOB)").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => keepCertificatePdf(db, certificateId.replace('1', '9'), pdf)).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare('INSERT INTO certificate_pdfs VALUES (?, ?)').run(certificateId, Buffer.from('not a pdf')),
    ).toThrow();

    // A deleted profile takes its certificates' PDFs with it.
    db.prepare('DELETE FROM learners WHERE id = ?').run(learner);
    expect(db.prepare('SELECT count(*) AS n FROM certificate_pdfs').get()).toEqual({ n: 0 });
    db.close();
  });
});
