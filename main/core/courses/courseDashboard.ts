import type { CourseDashboard } from '../../contract/playerSchemas';
import { listSubmittedAttempts } from '../attempts/attemptSummaries';
import { completionStatus } from '../completion/completionStatus';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { courseProgressFigures } from '../completion/courseProgressFigures';
import { certificateStatusText, issuedCertificateRef } from './certificateStanding';

/**
 * The learner's dashboard for one course: modules done, time beside the estimate, score history, and where the
 * certificate stands (issued, ready, or what remains).
 */
export function buildCourseDashboard(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  now: number,
): CourseDashboard {
  const titles = new Map(course.modules.map((m) => [m.id, m.title]));
  const status = completionStatus(db, learnerId, course, now);
  const certificate = issuedCertificateRef(db, learnerId, course);
  return {
    courseId: course.id,
    title: course.title,
    ...courseProgressFigures(db, learnerId, course),
    attempts: listSubmittedAttempts(db, learnerId, course.id, course.version).map((attempt) => ({
      attemptId: attempt.attemptId,
      kind: attempt.kind,
      label:
        attempt.kind === 'post-test'
          ? `Post-test, attempt ${attempt.number}`
          : `${titles.get(attempt.moduleId ?? '') ?? attempt.moduleId}, attempt ${attempt.number}`,
      score: attempt.score,
      passed: attempt.passed,
      submittedAt: attempt.submittedAt,
    })),
    certificateStatus: certificateStatusText(certificate, status.missing),
    certificate,
  };
}
