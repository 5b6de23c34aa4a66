import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../main/contract/channels';
import { dispatchChannel } from '../../../main/core/app/dispatchChannel';
import { courseId, coreWorld } from '../support/coreWorld';

/*
 * Random and mutated input to every certificate, evaluation, attestation and records channel gives a result or a
 * typed error, never an internal failure or a crash.
 */

const channels: ChannelName[] = [
  'evaluation.get',
  'evaluation.submit',
  'attestation.get',
  'attestation.submit',
  'certificates.status',
  'certificates.issue',
  'certificates.list',
  'certificates.pdf',
  'certificates.credential',
  'certificates.correctName',
  'certificates.verify',
  'records.export',
  'records.import',
];

const nearlyValid = fc.oneof(
  fc.record({ courseId: fc.constantFrom(courseId, 'no-such-course', 'Bad Id') }),
  fc.record({
    courseId: fc.constant(courseId),
    responses: fc.dictionary(
      fc.constantFrom('objectives-met', 'bias', 'x'),
      fc.oneof(fc.integer(), fc.string()),
    ),
  }),
  fc.record({
    courseId: fc.constant(courseId),
    claimedHours: fc.double({ noNaN: false }),
    attestedMinutes: fc.integer({ min: -5, max: 2_000_000 }),
  }),
  fc.record({ certificateId: fc.uuid(), certificateName: fc.string(), credentials: fc.string() }),
  fc.record({ fileName: fc.string(), dataBase64: fc.base64String() }),
  fc.record({ format: fc.constantFrom('xapi', 'transcript-csv', 'csv', 'learner-records') }),
  fc.record({
    content: fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .record({ learnerRecords: fc.jsonValue(), attemptRecords: fc.jsonValue() })
        .map((parts) => JSON.stringify({ format: 'ce-player.records', formatVersion: 1, ...parts })),
    ),
  }),
);

describe('the issuance channels under random input', () => {
  it('answer with a value or a typed error, never an internal failure', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Fuzz');
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        fc.oneof(fc.anything(), nearlyValid),
        async (channel, input) => {
          const result = await dispatchChannel(world.core.handlers, channel, input, learner, world.log);
          const outcome = result.ok ? 'ok' : result.error.code;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          expect(outcome).not.toBe('internal');
        },
      ),
      { numRuns: 300 },
    );
    expect(world.errors).toEqual([]);
    // Not only the schemas answered: some calls reached the core and some succeeded.
    expect(outcomes.get('ok')).toBeGreaterThan(0);
    expect([...outcomes.keys()]).toEqual(expect.arrayContaining(['invalid_input', 'not_found']));
  }, 60_000);
});
