import type { CourseHome } from '../../contract/playerSchemas';
import { moduleQuizStatuses, postTestStatus } from '../attempts/attemptSummaries';
import { completionStatus } from '../completion/completionStatus';
import { courseProgressFigures } from '../completion/courseProgressFigures';
import { passedModuleQuizzes } from '../completion/passedModuleQuizzes';
import type { CoursePackage } from '../course/courseTypes';
import { renderSummaryHtml } from '../course/render/courseHtml';
import type { LearnerDb } from '../db/learnerDatabase';
import { getLastPosition } from '../progress/lastPosition';
import { getCourseProgress } from '../progress/moduleProgress';
import { getModuleTimes } from '../progress/timeOnTaskTotals';
import { issuedCertificateRef } from './certificateStanding';
import { courseDisclosure } from './courseDisclosure';
import { courseLinkTargets } from './linkTargets';

/**
 * The course home: everything a CE provider must disclose before the learner starts, then the learner's own
 * progress and what remains before a certificate can be issued.
 */
export function buildCourseHome(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  now: number,
): CourseHome {
  const progress = new Map(
    getCourseProgress(db, learnerId, course.id, course.version).map((row) => [row.moduleId, row]),
  );
  const quizzes = moduleQuizStatuses(db, learnerId, course.id, course.version);
  const passed = passedModuleQuizzes(db, learnerId, course);
  const times = new Map(
    getModuleTimes(db, learnerId, course.id, course.version).map((t) => [t.moduleId, t.activeMs]),
  );
  const status = completionStatus(db, learnerId, course, now);
  const position = getLastPosition(db, learnerId, course.id);
  const postTest = course.postTest ? postTestStatus(db, learnerId, course.id, course.version) : null;
  const modules = course.modules.map((module) => {
    const row = progress.get(module.id);
    const quiz = quizzes.get(module.id);
    return {
      id: module.id,
      title: module.title,
      minutes: module.minutes,
      opened: row?.openedAt != null,
      readToEnd: row?.readToEndAt != null && !row.needsReview,
      quizPassed: passed.has(module.id),
      bestScore: quiz?.bestScore ?? null,
      needsReview: row?.needsReview ?? false,
      recordedMinutes: (times.get(module.id) ?? 0) / 60_000,
    };
  });
  return {
    id: course.id,
    version: course.version,
    title: course.title,
    subtitle: course.subtitle,
    summaryHtml: renderSummaryHtml(course, courseLinkTargets(course.id)).html,
    audience: course.audience,
    objectives: course.objectives,
    faculty: course.faculty,
    provider: course.provider,
    disclosure: courseDisclosure(db, learnerId, course),
    creditHours: course.credit.hours,
    designations: course.credit.designations,
    accreditationStatement: course.accreditationStatement,
    disclaimer: course.disclaimer,
    releaseDate: course.releaseDate,
    reviewDate: course.reviewDate,
    expiryDate: course.expiryDate,
    expired: status.expired,
    ...courseProgressFigures(db, learnerId, course),
    modules,
    postTest:
      course.postTest && postTest
        ? {
            questionCount: course.postTest.draw,
            passMark: course.completion.postTestPass,
            maxAttempts: course.postTest.maxAttempts,
            attemptsUsed: postTest.attemptsUsed,
            passed: postTest.passed,
            bestScore: postTest.bestScore,
          }
        : null,
    hasReferences: course.referencesMarkdown !== null,
    resume:
      position && position.courseVersion === course.version
        ? { moduleId: position.moduleId, scroll: position.scrollFraction }
        : null,
    remaining: status.missing,
    certificate: issuedCertificateRef(db, learnerId, course),
    changedModules: modules.filter((m) => m.needsReview).map((m) => m.title),
  };
}
