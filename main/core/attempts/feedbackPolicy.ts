import type { CoursePackage, FeedbackPolicy } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { moduleOfAttempt } from './attemptCourse';
import { countSubmittedAttempts, hasPassedAttempt, slotOf } from './attemptRows';
import type { AttemptRow } from './attemptRows';
import { DEFAULT_FEEDBACK } from '../course/feedbackPolicyReader';

/*
 * The feedback policy decides when a submitted attempt may show its answer key, each option's "why" and the
 * explanations. A learner who could read the key of a failed post-test and then retake it would pass on the key,
 * not on what they know; so by default the post-test shows it only once passed, and module quizzes, which teach,
 * show it every time.
 */

/** The policy of the quiz or post-test an attempt belongs to. */
export function feedbackPolicyOf(course: CoursePackage, row: AttemptRow): FeedbackPolicy {
  if (row.kind === 'module') return moduleOfAttempt(course, row)?.feedback ?? DEFAULT_FEEDBACK.moduleQuiz;
  return course.postTest?.feedback ?? DEFAULT_FEEDBACK.postTest;
}

/**
 * Whether this attempt's results may show the key: never before submission; `always` once submitted;
 * `after_pass` once the learner has passed this quiz (this attempt or an earlier one, on this course version);
 * `after_last_attempt` once no further attempt can be started: passed, or every allowed attempt used.
 */
export function keyRevealed(
  db: LearnerDb,
  course: CoursePackage,
  row: AttemptRow,
  policy: FeedbackPolicy = feedbackPolicyOf(course, row),
): boolean {
  if (row.status !== 'submitted') return false;
  if (policy === 'always') return true;
  const slot = slotOf(row);
  const passed = row.passed === 1 || hasPassedAttempt(db, row.learner_id, slot);
  if (policy === 'after_pass' || passed) return passed;
  const maxAttempts = row.kind === 'post-test' ? (course.postTest?.maxAttempts ?? null) : null;
  return maxAttempts !== null && countSubmittedAttempts(db, row.learner_id, slot) >= maxAttempts;
}
