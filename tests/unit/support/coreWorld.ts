import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { AttemptView } from '../../../main/contract/attemptSchemas';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import type { AppError } from '../../../main/contract/errors';
import type { AppLog } from '../../../main/core/app/appLog';
import type { Core } from '../../../main/core/app/core';
import { createCore, type CoreOptions } from '../../../main/core/app/createCore';
import { dispatchChannel } from '../../../main/core/app/dispatchChannel';
import { createSession, type Session } from '../../../main/core/app/session';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import type { CoursePackage, Question } from '../../../main/core/course/courseTypes';
import { rightAnswer, wrongAnswer } from '../attempts/attemptTestSetup';

/*
 * A real core (createCore) on a temp data dir, with the small fixture course copied so a test may edit it, and
 * every call made through dispatchChannel so the contract's schemas are exercised both ways.
 */

export const minimalSource = path.resolve('tests/fixtures/courses/valid-minimal');
export const fontDir = path.resolve('build/fonts');
export const courseId = 'hand-hygiene';
/** 1 June 2026, 14:00 UTC: after the fixture's release date, before its expiry. */
export const t0 = Date.UTC(2026, 5, 1, 14, 0, 0);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A temp folder removed after the test. */
export function tempDir(prefix = 'ce-issuance-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Replaces text in course.yml (or another package file); fails when the text is missing. */
export function editCourse(courseDir: string, from: string | RegExp, to: string, file = 'course.yml'): void {
  const full = path.join(courseDir, file);
  const text = fs.readFileSync(full, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`"${String(from)}" not found in ${file}`);
  fs.writeFileSync(full, edited);
}

export interface WorldOptions {
  /** Edits the copied package before the core loads it. */
  editCourse?: (courseDir: string) => void;
  /** Reuse a data dir (e.g. to start a second core on the same records). */
  dataDir?: string;
  /** The course package to copy in as the bundled course; default the small fixture course. */
  courseSource?: string;
  /** Other installations whose records count here (CoreOptions.trustedInstallations). */
  trustedInstallations?: CoreOptions['trustedInstallations'];
  /** Draws certificate PDFs (CoreOptions.renderCertificatePdf), e.g. to count the drawings. */
  renderCertificatePdf?: CoreOptions['renderCertificatePdf'];
  /** The LRS learning records are queued for (CoreOptions.lrs); the worker starts only if the test starts it. */
  lrs?: CoreOptions['lrs'];
}

/** A started core with its clock, its log and helpers to call channels. */
export async function coreWorld(options: WorldOptions = {}) {
  const root = tempDir();
  const bundled = path.join(root, 'bundled');
  const source = options.courseSource ?? minimalSource;
  const courseDir = path.join(bundled, path.basename(source));
  fs.cpSync(source, courseDir, { recursive: true });
  options.editCourse?.(courseDir);
  const { course, problems } = loadCoursePackage(courseDir);
  if (!course) throw new Error(`fixture does not load: ${JSON.stringify(problems)}`);
  const dataDir = options.dataDir ?? path.join(root, 'data');
  const clock = { now: t0 };
  const errors: string[] = [];
  const infos: string[] = [];
  const log: AppLog = {
    error: (message, cause) => errors.push(`${message} ${cause instanceof Error ? (cause.stack ?? '') : ''}`),
    info: (message) => infos.push(message),
  };
  const core: Core = await createCore({
    dataDir,
    bundledCoursesDir: bundled,
    shell: 'browser',
    appVersion: '0.0.0-test',
    fontDir,
    log,
    now: () => clock.now,
    trustedInstallations: options.trustedInstallations,
    renderCertificatePdf: options.renderCertificatePdf,
    lrs: options.lrs,
  });
  cleanups.push(() => core.close());

  async function call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    session: Session,
  ): Promise<{ ok: true; value: ChannelOutput<C> } | { ok: false; error: AppError }> {
    return (await dispatchChannel(core.handlers, channel, input, session, log)) as
      { ok: true; value: ChannelOutput<C> } | { ok: false; error: AppError };
  }
  async function ok<C extends ChannelName>(channel: C, input: ChannelInput<C>, session: Session) {
    const result = await call(channel, input, session);
    if (!result.ok) {
      throw new Error(
        `${channel} failed: ${result.error.code}: ${result.error.message} ${errors.join('\n')}`,
      );
    }
    return result.value;
  }
  async function fail<C extends ChannelName>(channel: C, input: ChannelInput<C>, session: Session) {
    const result = await call(channel, input, session);
    if (result.ok) throw new Error(`${channel} succeeded but was expected to fail`);
    return result.error;
  }
  async function signUp(displayName: string, extra: Partial<ChannelInput<'profiles.create'>> = {}) {
    const session = createSession();
    await ok('profiles.create', { displayName, ...extra }, session);
    return session;
  }
  return { core, course, courseDir, dataDir, clock, errors, infos, log, call, ok, fail, signUp };
}

export type CoreWorld = Awaited<ReturnType<typeof coreWorld>>;

/** The completion rules a test can leave unmet, one at a time. */
export type Rule = 'read' | 'quiz' | 'post-test' | 'evaluation' | 'time' | 'attestation';

function questionsOf(course: CoursePackage): Map<string, Question> {
  const all = [...course.modules.flatMap((m) => m.questions), ...(course.postTest?.questions ?? [])];
  return new Map(all.map((q) => [q.id, q]));
}

async function answerAll(world: CoreWorld, session: Session, view: AttemptView, right: boolean) {
  const questions = questionsOf(world.course);
  for (const shown of view.questions) {
    const question = questions.get(shown.id);
    if (!question) throw new Error(`unknown question ${shown.id}`);
    const answer = right ? rightAnswer(question) : wrongAnswer(question);
    await world.ok('attempts.answer', { attemptId: view.attemptId, questionId: shown.id, answer }, session);
  }
  return world.ok('attempts.submit', { attemptId: view.attemptId }, session);
}

/** Takes the post-test, answering every question right or every one wrong. */
export async function takePostTest(world: CoreWorld, session: Session, right: boolean): Promise<void> {
  const view = await world.ok('attempts.start', { kind: 'post-test', courseId }, session);
  const done = await answerAll(world, session, view, right);
  if (done.passed !== right) throw new Error(`post-test passed=${String(done.passed)}`);
}

/** Sends heartbeats on a module, 15 s apart on the core's clock: `beats` beats credit (beats - 1) × 15 s. */
export async function study(world: CoreWorld, session: Session, beats: number, moduleIndex = 0) {
  const module = world.course.modules[moduleIndex];
  if (!module) throw new Error('no such module');
  for (let i = 0; i < beats; i++) {
    world.clock.now += 15_000;
    const beatId = `beat-${session.learnerId ?? ''}-${world.clock.now}`;
    await world.ok('progress.heartbeat', { courseId: world.course.id, moduleId: module.id, beatId }, session);
  }
}

/**
 * Does everything the course asks through the channels (open and read every module, pass every quiz and the
 * post-test, study long enough, submit the evaluation, attest), except the one rule named in `skip`.
 */
export async function completeCourse(world: CoreWorld, session: Session, skip?: Rule): Promise<void> {
  const modules = world.course.modules;
  for (const [index, module] of modules.entries()) {
    await world.ok('modules.read', { courseId, moduleId: module.id }, session);
    if (!(skip === 'read' && index === modules.length - 1)) {
      await world.ok('progress.markRead', { courseId, moduleId: module.id }, session);
    }
  }
  for (const [index, module] of modules.entries()) {
    const view = await world.ok('attempts.start', { kind: 'module', courseId, moduleId: module.id }, session);
    const right = !(skip === 'quiz' && index === modules.length - 1);
    const done = await answerAll(world, session, view, right);
    if (done.passed !== right) throw new Error(`module quiz ${module.id} passed=${String(done.passed)}`);
  }
  if (world.course.postTest) await takePostTest(world, session, skip !== 'post-test');
  // 9 minutes are required (half the 17.68-minute estimate): 41 beats credit 10 minutes, 30 beats 7.25.
  await study(world, session, skip === 'time' ? 30 : 41);
  if (world.course.evaluation && skip !== 'evaluation') {
    await world.ok(
      'evaluation.submit',
      { courseId, responses: { 'objectives-met': 5, bias: 'Yes' } },
      session,
    );
  }
  // Attesting needs the course's minimum of study, so a learner short of it cannot attest either.
  if (skip !== 'attestation' && skip !== 'time') {
    // 20 minutes with 10 recorded goes past what the course allows unconfirmed (10 + a quarter of its estimate).
    await world.ok(
      'attestation.submit',
      { courseId, claimedHours: 0.25, attestedMinutes: 20, confirmedUnrecordedTime: true },
      session,
    );
  }
}

/** The profile of the learner in most certificate tests. */
export const certifiedProfile = {
  certificateName: 'Dana Reyes',
  credentials: 'RN, MSN',
  licenseNumber: 'RN-884213',
  licenseState: 'CA',
};

/** A signed-up learner who has done everything the course asks. */
export async function certifiedLearner(world: CoreWorld, name = 'Dana'): Promise<Session> {
  const learner = await world.signUp(name, certifiedProfile);
  await completeCourse(world, learner);
  return learner;
}

/** A certificate's PDF and credential.json, downloaded through the channels. */
export async function downloadCertificate(world: CoreWorld, session: Session, certificateId: string) {
  const pdf = await world.ok('certificates.pdf', { certificateId }, session);
  const credential = await world.ok('certificates.credential', { certificateId }, session);
  return { pdf: Buffer.from(pdf.dataBase64, 'base64'), pdfName: pdf.fileName, ...credential };
}
