import { randomUUID } from 'node:crypto';
import type { LearnerAnswer } from '../../../main/contract/attemptSchemas';
import type { CoursePackage, Question } from '../../../main/core/course/courseTypes';
import { rightAnswer } from '../attempts/attemptTestSetup';

/*
 * Records files written by hand, as an attacker would: plain JSON in the layout `records.export` writes, with
 * whatever claims the attacker likes. Nothing here signs anything.
 */

/** The parts of a records file a test fills in; every list defaults to empty. */
export interface HandMadeParts {
  moduleProgress?: object[];
  heartbeats?: object[];
  attempts?: object[];
  evaluations?: object[];
  attestations?: object[];
}

/** The learner-records part (progress and time) of a records file. */
export function handMadeLearnerRecords(parts: HandMadeParts, exportedAt: number): object {
  return {
    format: 'ce-player.learner-records',
    formatVersion: 1,
    exportedAt,
    learner: { displayName: 'Anyone', certificateName: 'Anyone', credentials: '' },
    moduleProgress: parts.moduleProgress ?? [],
    positions: [],
    notes: [],
    bookmarks: [],
    heartbeats: parts.heartbeats ?? [],
  };
}

/** The attempt-records part (quizzes, evaluations, attestations) of a records file. */
export function handMadeAttemptRecords(parts: HandMadeParts): object {
  return {
    format: 'ce-player.attempt-records',
    formatVersion: 1,
    attempts: parts.attempts ?? [],
    evaluations: parts.evaluations ?? [],
    attestations: parts.attestations ?? [],
  };
}

/** A records bundle as JSON text, in the layout `records.export` wrote before files were signed (version 1). */
export function handMadeRecordsText(parts: HandMadeParts, exportedAt: number): string {
  return JSON.stringify({
    format: 'ce-player.records',
    formatVersion: 1,
    exportedAt,
    learnerRecords: handMadeLearnerRecords(parts, exportedAt),
    attemptRecords: handMadeAttemptRecords(parts),
  });
}

/** Every module read to the end and "completed", carried from an older version that never existed. */
export function carriedCompletions(
  course: CoursePackage,
  at: number,
  moduleIds?: readonly string[],
): object[] {
  return course.modules
    .filter((module) => moduleIds === undefined || moduleIds.includes(module.id))
    .map((module) => ({
      courseId: course.id,
      courseVersion: course.version,
      moduleId: module.id,
      contentHash: module.contentHash,
      openedAt: at,
      lastOpenedAt: at,
      readToEndAt: at,
      completedAt: at,
      needsReview: false,
      carriedFromVersion: '0.9.0',
      updatedAt: at,
    }));
}

/** `count` heartbeats all received at the same instant, each claiming the most credit a beat can carry. */
export function beatsAtOneInstant(course: CoursePackage, count: number, at: number): object[] {
  const moduleId = course.modules[0]?.id ?? '';
  return Array.from({ length: count }, (_, i) => ({
    beatId: `forged-${i}`,
    courseId: course.id,
    courseVersion: course.version,
    moduleId,
    receivedAt: at,
    clientSentAt: null,
    creditedMs: 30_000,
  }));
}

/** A presented question with the answer the attacker gives it. */
export interface ForgedAnswer {
  questionId: string;
  optionOrder: string[];
  answer: LearnerAnswer;
}

/** The key of a package question, shown in the package's own option order. */
export function keyedAnswer(question: Question): ForgedAnswer {
  return {
    questionId: question.id,
    optionOrder: question.type === 'true-false' ? [] : question.options.map((option) => option.id),
    answer: rightAnswer(question),
  };
}

/** A submitted post-test attempt that got every answer right. */
export function passedPostTest(
  course: CoursePackage,
  answers: readonly ForgedAnswer[],
  number: number,
  at: number,
): object {
  return {
    id: randomUUID(),
    courseId: course.id,
    courseVersion: course.version,
    kind: 'post-test',
    moduleId: null,
    number,
    status: 'submitted',
    startedAt: at - 60_000,
    submittedAt: at,
    score: 1,
    passed: true,
    passMark: course.completion.postTestPass,
    questions: answers.map(({ questionId, optionOrder }) => ({ questionId, optionOrder, correct: true })),
    answers: answers.map(({ questionId, answer }) => ({ questionId, answer, answeredAt: at - 1000 })),
  };
}

/** The post-test drawn from the first questions of its bank, every one answered with the package's key. */
export function keyedPostTest(course: CoursePackage, number: number, at: number): object {
  const postTest = course.postTest;
  if (!postTest) throw new Error('the course has no post-test');
  return passedPostTest(course, postTest.questions.slice(0, postTest.draw).map(keyedAnswer), number, at);
}
