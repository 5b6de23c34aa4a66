import { describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../main/contract/channels';
import { channelNames } from '../../../main/contract/channels';
import { createSession, type Session } from '../../../main/core/app/session';
import { certifiedLearner, courseId, coreWorld, downloadCertificate } from '../support/coreWorld';

/*
 * Two learners on one workstation. Learner A has a complete record: notes, bookmarks, a place, heartbeats, an open
 * quiz attempt, a certificate. Learner B then calls EVERY channel of the contract, aiming each at A's records
 * wherever an input can name something, and must neither see nor change any of them. The input table is typed
 * over every channel, so a new channel cannot be added without joining this test.
 */
const secretNote = 'ALICE-PRIVATE-NOTE-7731';
const secretBookmark = 'ALICE-PRIVATE-BOOKMARK-5519';

interface Records {
  learnerId: string;
  attemptId: string;
  certificateId: string;
  verificationCode: string;
  pdfBase64: string;
}

type InputFor = { [C in ChannelName]: (a: Records) => ChannelInput<C> };

const moduleId = 'moments';
const inputs: InputFor = {
  'app.info': () => ({}),
  'profiles.list': () => ({}),
  'profiles.current': () => ({}),
  'profiles.create': () => ({ displayName: 'Alice' }), // A's name is taken; B gets no access through it
  'profiles.signIn': (a) => ({ learnerId: a.learnerId, pin: '0000' }),
  'profiles.signOut': () => ({}),
  'profiles.update': () => ({ certificateName: 'Bob Changed' }),
  'profiles.setPin': () => ({ newPin: '4321' }),
  'profiles.delete': () => ({ confirmName: 'Alice', pin: '2468' }),
  'courses.list': () => ({}),
  'courses.outline': () => ({ courseId }),
  'courses.import': () => ({ kind: 'files', files: [] }),
  'courses.importPolicy': () => ({}),
  'courses.home': () => ({ courseId }),
  'courses.references': () => ({ courseId }),
  'courses.search': () => ({ courseId, query: secretNote }),
  'courses.dashboard': () => ({ courseId }),
  'courses.acknowledgeDisclosures': () => ({ courseId }),
  'modules.read': () => ({ courseId, moduleId }),
  'progress.savePosition': () => ({ courseId, moduleId, scroll: 0.9 }),
  'progress.markOpened': () => ({ courseId, moduleId }),
  'progress.markRead': () => ({ courseId, moduleId }),
  'progress.lastPlace': () => ({}),
  'progress.heartbeat': () => ({ courseId, moduleId, beatId: 'alice-beat-0001' }),
  'notes.save': () => ({ courseId, moduleId, text: 'Bob was here' }),
  'bookmarks.add': () => ({ courseId, moduleId, anchor: 'the-five-moments', label: 'Bob' }),
  'bookmarks.remove': () => ({ courseId, moduleId, anchor: 'the-five-moments' }),
  'attempts.start': () => ({ kind: 'module', courseId, moduleId }),
  'attempts.get': (a) => ({ attemptId: a.attemptId }),
  'attempts.answer': (a) => ({ attemptId: a.attemptId, questionId: 'moments-q1', answer: ['b'] }),
  'attempts.submit': (a) => ({ attemptId: a.attemptId }),
  'evaluation.get': () => ({ courseId }),
  'evaluation.submit': () => ({ courseId, responses: { 'objectives-met': 1, bias: 'No' } }),
  'attestation.get': () => ({ courseId }),
  'attestation.submit': () => ({ courseId, claimedHours: 0.25, attestedMinutes: 15 }),
  'certificates.status': () => ({ courseId }),
  'certificates.issue': () => ({ courseId }),
  'certificates.list': () => ({}),
  'certificates.pdf': (a) => ({ certificateId: a.certificateId }),
  'certificates.credential': (a) => ({ certificateId: a.certificateId }),
  'certificates.correctName': (a) => ({ certificateId: a.certificateId, certificateName: 'Mallory' }),
  // Anyone may verify a file they hold; B holds none of A's, so B verifies a copy of nothing.
  'certificates.verify': () => ({ fileName: 'empty.json', dataBase64: Buffer.from('{}').toString('base64') }),
  'records.export': () => ({ format: 'learner-records' }),
  'records.import': (a) => ({ content: JSON.stringify({ learnerId: a.learnerId }) }),
  'records.history': () => ({}),
  'lrs.status': () => ({}),
  'lrs.sendNow': () => ({}),
};

describe('learner isolation on a shared workstation', () => {
  it('every channel acts for the signed-in learner only', async () => {
    const world = await coreWorld();
    const alice = await certifiedLearner(world, 'Alice');
    await world.ok('profiles.setPin', { newPin: '2468' }, alice);
    await world.ok('notes.save', { courseId, moduleId, text: secretNote }, alice);
    await world.ok(
      'bookmarks.add',
      { courseId, moduleId, anchor: 'the-five-moments', label: secretBookmark },
      alice,
    );
    const issued = await world.ok('certificates.issue', { courseId }, alice);
    const open = await world.ok('attempts.start', { kind: 'module', courseId, moduleId }, alice);
    const { pdf } = await downloadCertificate(world, alice, issued.certificateId);
    const records: Records = {
      learnerId: alice.learnerId ?? '',
      attemptId: open.attemptId,
      certificateId: issued.certificateId,
      verificationCode: issued.verificationCode,
      pdfBase64: pdf.toString('base64'),
    };
    const snapshot = async (session: Session) =>
      JSON.stringify([
        await world.ok('modules.read', { courseId, moduleId }, session),
        await world.ok('attempts.get', { attemptId: records.attemptId }, session),
        await world.ok('certificates.list', {}, session),
        await world.ok('records.export', { format: 'learner-records' }, session),
        await world.ok('profiles.current', {}, session),
      ]).replace(/"exportedAt":\d+/g, '');
    const before = await snapshot(alice);

    let bob = await world.signUp('Bob');
    const bobId = bob.learnerId;
    expect(Object.keys(inputs).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      const result = await world.call(channel, inputs[channel](records) as never, bob);
      const text = JSON.stringify(result);
      for (const secret of [
        secretNote,
        secretBookmark,
        records.attemptId,
        records.certificateId,
        records.verificationCode,
      ]) {
        expect(text, `${channel} leaked ${secret}`).not.toContain(secret);
      }
      if (channel !== 'profiles.list')
        expect(text, `${channel} named Alice's id`).not.toContain(records.learnerId);
      // Channels that sign out (or fail a sign-in) leave B signed out; sign B back in for the next channel.
      if (bob.learnerId !== bobId) {
        bob = createSession();
        await world.ok('profiles.signIn', { learnerId: bobId ?? '' }, bob);
      }
      expect(bob.learnerId).toBe(bobId);
    }

    expect(await snapshot(alice)).toBe(before);
    expect(world.errors).toEqual([]);
  });
});
