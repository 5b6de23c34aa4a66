import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompletionStep } from '../../../main/contract/playerSchemas';
import { completeCourse, courseId, editCourse, coreWorld, type Rule } from '../support/coreWorld';

/*
 * Each completion rule, left unmet while every other is met, blocks the certificate with its own sentence, through
 * the real channels of a real core.
 */

function withoutPostTest(courseDir: string): void {
  fs.rmSync(path.join(courseDir, 'post-test.yml'));
  editCourse(courseDir, /\n {2}post_test_pass: 0\.75/, '');
}

const cases: {
  rule: Rule | 'expired';
  kind: CompletionStep['kind'];
  message: string;
  edit?: (courseDir: string) => void;
}[] = [
  { rule: 'read', kind: 'read', message: 'Read 1 more module to the end.' },
  // Without a post-test: the post-test only opens once every module quiz is passed.
  { rule: 'quiz', kind: 'quiz', message: 'Pass 1 more module quiz.', edit: withoutPostTest },
  { rule: 'post-test', kind: 'post-test', message: 'Pass the post-test (pass mark 75%).' },
  { rule: 'evaluation', kind: 'evaluation', message: 'Submit the course evaluation.' },
  // 9 minutes are required; 30 beats 15 s apart record 7.25. A learner short of the minimum cannot attest, so the
  // course asks for no attestation here.
  {
    rule: 'time',
    kind: 'study-time',
    message: '2 min more of recorded study time.',
    edit: (dir) =>
      editCourse(dir, 'post_test_pass: 0.75', 'post_test_pass: 0.75\n  require_attestation: false'),
  },
  { rule: 'attestation', kind: 'attestation', message: 'Attest the time you spent and claim your credit.' },
  {
    rule: 'expired',
    kind: 'expired',
    message: 'This course expired on 2026-05-01; it can no longer issue certificates.',
    edit: (dir) => editCourse(dir, 'expiry_date: 2028-01-15', 'expiry_date: 2026-05-01'),
  },
];

describe('completion rules', () => {
  for (const { rule, kind, message, edit } of cases) {
    it(`refuses a certificate when only "${rule}" is unmet, saying so`, async () => {
      const world = await coreWorld({ editCourse: edit });
      const learner = await world.signUp('Dana', { certificateName: 'Dana Reyes' });
      await completeCourse(world, learner, rule === 'expired' ? undefined : rule);

      const status = await world.ok('certificates.status', { courseId }, learner);
      expect(status).toEqual({ eligible: false, missing: [{ kind, text: message }], current: null });
      const home = await world.ok('courses.home', { courseId }, learner);
      expect(home.remaining).toEqual([{ kind, text: message }]);
      const error = await world.fail('certificates.issue', { courseId }, learner);
      expect(error).toEqual({
        code: 'forbidden',
        message: `Your certificate cannot be issued yet. Still to do: ${message}`,
      });
      expect(await world.ok('certificates.list', {}, learner)).toEqual([]);
      expect(world.errors).toEqual([]);
    });
  }

  it('lists every unmet rule at once for a learner who has only started', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Eli', { certificateName: 'Eli Example' });
    const error = await world.fail('certificates.issue', { courseId }, learner);
    expect(error.code).toBe('forbidden');
    for (const sentence of [
      'Read 2 more modules to the end.',
      'Pass 2 more module quizzes.',
      'Pass the post-test (pass mark 75%).',
      'Submit the course evaluation.',
      '9 min more of recorded study time.',
      'Attest the time you spent and claim your credit.',
    ]) {
      expect(error.message).toContain(sentence);
    }
  });

  it('issues without an evaluation when the course does not require one', async () => {
    const world = await coreWorld({
      editCourse: (dir) =>
        editCourse(dir, 'post_test_pass: 0.75', 'post_test_pass: 0.75\n  require_evaluation: false'),
    });
    const learner = await world.signUp('Fay', { certificateName: 'Fay Example' });
    await completeCourse(world, learner, 'evaluation');
    expect(await world.ok('certificates.status', { courseId }, learner)).toMatchObject({
      eligible: true,
      missing: [],
    });
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued).toMatchObject({ status: 'current', alreadyIssued: false, hoursClaimed: 0.25 });
    const evaluation = await world.ok('evaluation.get', { courseId }, learner);
    expect(evaluation).toMatchObject({ requiredForCertificate: false, submitted: null });
  });

  it('issues without an attestation when the course does not require one, for the designated hours', async () => {
    const world = await coreWorld({
      editCourse: (dir) =>
        editCourse(dir, 'post_test_pass: 0.75', 'post_test_pass: 0.75\n  require_attestation: false'),
    });
    const learner = await world.signUp('Gus', { certificateName: 'Gus Example' });
    await completeCourse(world, learner, 'attestation');
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued).toMatchObject({ hoursClaimed: 0.25, status: 'current' });
  });

  it('a course without a post-test issues a certificate that says so', async () => {
    const world = await coreWorld({ editCourse: withoutPostTest });
    const learner = await world.signUp('Hal', { certificateName: 'Hal Example' });
    await completeCourse(world, learner);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued.postTestPercent).toBeNull();
    const { json } = await world.ok(
      'certificates.credential',
      { certificateId: issued.certificateId },
      learner,
    );
    const credential = JSON.parse(json) as {
      credentialSubject: { result?: unknown; achievement: { criteria: { narrative: string } } };
    };
    expect(credential.credentialSubject.result).toBeUndefined();
    expect(credential.credentialSubject.achievement.criteria.narrative).not.toContain('post-test');
  });
});
