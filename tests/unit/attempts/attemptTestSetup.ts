import fs from 'node:fs';
import path from 'node:path';
import type { AttemptView, LearnerAnswer } from '../../../main/contract/attemptSchemas';
import type { ChannelInput } from '../../../main/contract/channels';
import type { Session } from '../../../main/core/app/session';
import { createAttemptsHandlers } from '../../../main/core/attempts/attemptsChannels';
import type { CoursePackage, Question } from '../../../main/core/course/courseTypes';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { recordHeartbeat } from '../../../main/core/progress/timeOnTask';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';
import { makeTempDataDir, openTestDatabase } from '../db/testDataDir';

/** The bundled course and the small fixture course, by folder. */
export const ketamineDir = path.resolve('courses/ketamine-therapy');
export const minimalDir = path.resolve('tests/fixtures/courses/valid-minimal');

/** A start time for the test clock (Unix ms). */
export const t0 = 1_760_000_000_000;

/** Copies a course package into a fresh library folder, so a test may edit it. Returns the package folder. */
export function copyCourse(sourceDir: string, libraryDir: string = makeTempDataDir()): string {
  const target = path.join(libraryDir, path.basename(sourceDir));
  fs.cpSync(sourceDir, target, { recursive: true });
  return target;
}

/** Replaces text in a package file; fails when the text is missing so an edit cannot silently miss. */
export function editCourseFile(packageDir: string, file: string, from: string, to: string): void {
  const full = path.join(packageDir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not found in ${file}`);
  fs.writeFileSync(full, text.replace(from, to));
}

/** A real database, a real library of copied packages, two signed-in learners and the attempt channels. */
export async function attemptWorld(sources: readonly string[] = [minimalDir, ketamineDir]) {
  const opened = await openTestDatabase(undefined, { startupBackup: false });
  const libraryDir = makeTempDataDir();
  const packages = sources.map((source) => copyCourse(source, libraryDir));
  const library = new CourseLibrary([{ dir: libraryDir, source: 'bundled' }]);
  const clock = { now: t0 };
  const handlers = createAttemptsHandlers({ db: opened.db, library, now: () => clock.now });
  const a: Session = { learnerId: createLearnerProfile(opened.db, { displayName: 'Ana' }, t0).id };
  const b: Session = { learnerId: createLearnerProfile(opened.db, { displayName: 'Ben' }, t0).id };
  return { ...opened, db: opened.db as LearnerDb, library, libraryDir, packages, clock, handlers, a, b };
}

export type AttemptWorld = Awaited<ReturnType<typeof attemptWorld>>;

/** Every question of a course (module quizzes and post-test bank), by id, with its key. */
export function questionIndex(course: CoursePackage): Map<string, Question> {
  const all = [...course.modules.flatMap((m) => m.questions), ...(course.postTest?.questions ?? [])];
  return new Map(all.map((q) => [q.id, q]));
}

/** The right answer to a package question, as the learner would give it. */
export function rightAnswer(question: Question): LearnerAnswer {
  if (question.type === 'true-false') return question.answer;
  return question.type === 'single' ? [question.answer] : [...question.answer];
}

/** A wrong answer to a package question. */
export function wrongAnswer(question: Question): LearnerAnswer {
  if (question.type === 'true-false') return !question.answer;
  const key = question.type === 'single' ? [question.answer] : question.answer;
  const wrong = question.options.find((o) => !key.includes(o.id));
  if (!wrong) throw new Error(`no wrong option in ${question.id}`);
  return [wrong.id];
}

/** Starts an attempt through the channel. */
export async function start(world: AttemptWorld, session: Session, input: ChannelInput<'attempts.start'>) {
  return world.handlers['attempts.start'](input as never, session);
}

/** Answers every question of an attempt (right when `right` says so) and submits it. */
export async function answerAndSubmit(
  world: AttemptWorld,
  session: Session,
  view: AttemptView,
  right: (questionId: string, index: number) => boolean = () => true,
): Promise<AttemptView> {
  const questions = questionIndex(world.library.get(view.courseId));
  for (const [index, shown] of view.questions.entries()) {
    const question = questions.get(shown.id);
    if (!question) throw new Error(`unknown question ${shown.id}`);
    const answer = right(shown.id, index) ? rightAnswer(question) : wrongAnswer(question);
    await world.handlers['attempts.answer'](
      { attemptId: view.attemptId, questionId: shown.id, answer },
      session,
    );
  }
  return world.handlers['attempts.submit']({ attemptId: view.attemptId }, session);
}

/** Passes every module quiz of a course for the learner. */
export async function passEveryModuleQuiz(
  world: AttemptWorld,
  session: Session,
  courseId: string,
): Promise<void> {
  for (const module of world.library.get(courseId).modules) {
    const view = await start(world, session, { kind: 'module', courseId, moduleId: module.id });
    const done = await answerAndSubmit(world, session, view);
    if (!done.passed) throw new Error(`module ${module.id} did not pass`);
  }
}

/**
 * Records live study on a course's first module: `beats` heartbeats 15 s apart from `from` (Unix ms), which credit
 * (beats - 1) × 15 s. Returns the time of the last beat.
 */
export function recordStudy(
  db: LearnerDb,
  learnerId: string,
  course: Pick<CoursePackage, 'id' | 'version' | 'modules'>,
  from: number,
  beats: number,
): number {
  const moduleId = course.modules[0]?.id ?? '';
  for (let i = 0; i < beats; i++) {
    const beatId = `study-${from + i * 15_000}`;
    recordHeartbeat(
      db,
      learnerId,
      { courseId: course.id, courseVersion: course.version, moduleId, beatId },
      from + i * 15_000,
    );
  }
  return from + (beats - 1) * 15_000;
}
