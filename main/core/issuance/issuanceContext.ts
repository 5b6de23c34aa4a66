import type { AppLog } from '../app/appLog';
import type { CertificatePdfRenderer } from '../certificates/renderCertificatePdf';
import type { LearnerDb } from '../db/learnerDatabase';
import type { SqliteOpener } from '../db/sqliteDatabase';
import type { CourseLibrary } from '../library/courseLibrary';
import type { TrustedInstallation } from '../records/trustedInstallations';
import type { IssueOptions } from './issueCertificate';

/** What the certificate and records channels work with. */
export interface IssuanceContext {
  db: LearnerDb;
  library: CourseLibrary;
  /** The data directory: signing key, backups. */
  dataDir: string;
  /** The certificate fonts; undefined lets the certificate module find them. */
  fontDir?: string;
  now: () => number;
  log?: AppLog;
  /** Draws certificate PDFs; undefined draws them with renderCertificatePdf. */
  renderPdf?: CertificatePdfRenderer;
  /** Opens database files (the backup after issuing); undefined: the package's own build. */
  sqlite?: SqliteOpener;
  /** The other installations whose records files count here (this one always does). */
  trustedInstallations: readonly TrustedInstallation[];
}

/** The issue options for a call made now. */
export function issueOptions(context: IssuanceContext): IssueOptions {
  return {
    dataDir: context.dataDir,
    fontDir: context.fontDir,
    now: context.now(),
    log: context.log,
    renderPdf: context.renderPdf,
    sqlite: context.sqlite,
  };
}
