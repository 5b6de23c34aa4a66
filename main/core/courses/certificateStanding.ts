import type { CompletionStep, IssuedCertificateRef } from '../../contract/playerSchemas';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { findCurrentCertificate } from '../issuance/certificateRecords';

/**
 * The learner's current certificate for the course version being played (a correction replaces the one it
 * corrects), or null before one is issued. The course home and the dashboard read it, so neither offers to issue
 * a certificate the learner already holds.
 */
export function issuedCertificateRef(
  db: LearnerDb,
  learnerId: string,
  course: Pick<CoursePackage, 'id' | 'version'>,
): IssuedCertificateRef | null {
  const current = findCurrentCertificate(db, learnerId, course.id, course.version);
  return current ? { certificateId: current.id, issuedAt: current.snapshot.issuedAt } : null;
}

/** Where the certificate stands, in one sentence for the dashboard. */
export function certificateStatusText(
  issued: IssuedCertificateRef | null,
  missing: readonly CompletionStep[],
): string {
  if (issued) return 'Your certificate for this course has been issued.';
  if (missing.length === 0) return 'Every requirement is met: your certificate can be issued.';
  return `Not yet earned: ${missing.length} ${missing.length === 1 ? 'requirement remains' : 'requirements remain'}.`;
}
