import type { CompletionStep } from '../../contract/playerSchemas';
import { formatStudyDuration } from '../../contract/studyDuration';
import { postTestStatus } from '../attempts/attemptSummaries';
import { calendarDay } from '../calendarDay';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getEvaluationSubmission } from '../evaluation/evaluationRecords';
import { getAttestation } from '../attestation/attestationRecords';
import { getCourseProgress } from '../progress/moduleProgress';
import { getCourseTime } from '../progress/timeOnTaskTotals';
import { passedModuleQuizzes } from './passedModuleQuizzes';
import { requiredStudyMinutes } from './studyTimeRule';
import { anotherNameText, importedUnderAnotherName } from '../records/recordsOwner';
import { printedNameOf } from '../learners/learnerProfileRow';

/** Where a learner stands against a course's completion rules. */
export interface CompletionStatus {
  /** One step per unmet rule, in the order a learner would meet them. Empty when all are met. */
  missing: CompletionStep[];
  recordedMinutes: number;
  requiredMinutes: number;
  expired: boolean;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What keeps the learner's printed name from going on this course's certificate, in a sentence: not given yet (a
 * licensing board needs a full name), or not the name records imported for the course were earned under.
 */
function certificateNameProblem(db: LearnerDb, learnerId: string, courseId: string): string | null {
  const printed = printedNameOf(db, learnerId);
  if (printed === null) return null;
  const name = printed.trim();
  const owner = importedUnderAnotherName(db, learnerId, courseId, name);
  if (name === '') {
    const addName =
      'Add your full name as it should be printed on your certificate (Settings, Your details).';
    return owner === null
      ? addName
      : `${addName} Records you imported for this course were earned under the name “${owner}”: a certificate ` +
          'built on them prints that name.';
  }
  return owner === null ? null : anotherNameText(owner, name, ' (Settings, Your details)');
}

/** True when the course's expiry date (an ISO date) is before `now`'s calendar day on this computer. */
export function isExpired(course: Pick<CoursePackage, 'expiryDate'>, now: number): boolean {
  return calendarDay(now) > course.expiryDate;
}

/**
 * Checks every completion rule of course.yml for one learner on the course's current version: every module read
 * and its quiz passed, the post-test passed, the evaluation submitted, the attestation made, enough recorded study
 * time, the name to print given, and the course not expired. Each unmet rule becomes one step: its kind and a sentence that says what is left.
 */
export function completionStatus(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  now: number,
): CompletionStatus {
  const rules = course.completion;
  const progress = new Map(
    getCourseProgress(db, learnerId, course.id, course.version).map((row) => [row.moduleId, row]),
  );
  const missing: CompletionStep[] = [];
  const add = (kind: CompletionStep['kind'], text: string) => missing.push({ kind, text });

  const unread = course.modules.filter((m) => {
    const row = progress.get(m.id);
    return !row || row.readToEndAt === null || row.needsReview;
  });
  if (unread.length > 0)
    add('read', `Read ${plural(unread.length, 'more module', 'more modules')} to the end.`);
  const passed = passedModuleQuizzes(db, learnerId, course);
  const unpassed = course.modules.filter((m) => !passed.has(m.id));
  if (unpassed.length > 0)
    add('quiz', `Pass ${plural(unpassed.length, 'more module quiz', 'more module quizzes')}.`);
  if (course.postTest && !postTestStatus(db, learnerId, course.id, course.version).passed) {
    add('post-test', `Pass the post-test (pass mark ${Math.round(rules.postTestPass * 100)}%).`);
  }
  if (course.evaluation && rules.requireEvaluation && !getEvaluationSubmission(db, learnerId, course)) {
    add('evaluation', 'Submit the course evaluation.');
  }

  // Study time counts across versions: a learner who studied before an update did study.
  const recordedMinutes = getCourseTime(db, learnerId, course.id) / 60_000;
  const requiredMinutes = requiredStudyMinutes(course);
  const shortBy = Math.ceil(requiredMinutes - recordedMinutes);
  if (shortBy > 0) add('study-time', `${formatStudyDuration(shortBy)} more of recorded study time.`);

  if (rules.requireAttestation && !getAttestation(db, learnerId, course)) {
    add('attestation', 'Attest the time you spent and claim your credit.');
  }
  const nameProblem = certificateNameProblem(db, learnerId, course.id);
  if (nameProblem !== null) add('certificate-name', nameProblem);
  const expired = isExpired(course, now);
  if (expired)
    add('expired', `This course expired on ${course.expiryDate}; it can no longer issue certificates.`);
  return { missing, recordedMinutes, requiredMinutes, expired };
}
