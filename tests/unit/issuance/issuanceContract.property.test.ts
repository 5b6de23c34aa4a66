import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../main/contract/channels';
import { dispatchChannel } from '../../../main/core/app/dispatchChannel';
import { courseId, coreWorld } from '../support/coreWorld';

/*
 * Random and mutated input to every certificate, evaluation, attestation and records channel gives a result or a
 * typed error, never an internal failure or a crash.
 */

const someCourse = fc.record({ courseId: fc.constantFrom(courseId, 'no-such-course', 'Bad Id') });
const someCertificate = fc.record({ certificateId: fc.oneof(fc.uuid(), fc.string()) });
const someClaim = fc.record({
  courseId: fc.constantFrom(courseId, 'no-such-course'),
  claimedHours: fc.double({ noNaN: false }),
  attestedMinutes: fc.integer({ min: -5, max: 2_000_000 }),
});

/*
 * Input shaped for each channel, so that most runs pass its schema and reach the core: with shapes shared by
 * all channels, 96% of runs stopped at a schema and whether any reached "not found" was left to chance.
 */
const nearlyValid = {
  'evaluation.get': someCourse,
  'evaluation.submit': fc.record({
    courseId: fc.constantFrom(courseId, 'no-such-course'),
    responses: fc.dictionary(
      fc.constantFrom('objectives-met', 'bias', 'x'),
      fc.oneof(fc.integer(), fc.string()),
    ),
  }),
  'attestation.get': someClaim,
  'attestation.submit': someClaim,
  'certificates.status': someCourse,
  'certificates.issue': someCourse,
  'certificates.list': fc.constant({}),
  'certificates.pdf': someCertificate,
  'certificates.credential': someCertificate,
  'certificates.correctName': fc.record(
    { certificateId: fc.uuid(), certificateName: fc.string(), credentials: fc.string() },
    { requiredKeys: ['certificateId', 'certificateName'] },
  ),
  'certificates.verify': fc.record({ fileName: fc.string(), dataBase64: fc.base64String() }),
  'records.export': fc.record({
    format: fc.constantFrom('xapi', 'transcript-csv', 'csv', 'learner-records'),
  }),
  'records.import': fc.record({
    content: fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .record({ learnerRecords: fc.jsonValue(), attemptRecords: fc.jsonValue() })
        .map((parts) => JSON.stringify({ format: 'ce-player.records', formatVersion: 1, ...parts })),
    ),
  }),
} satisfies Partial<Record<ChannelName, fc.Arbitrary<unknown>>>;
const channels = Object.keys(nearlyValid) as (keyof typeof nearlyValid)[];

const call = fc
  .constantFrom(...channels)
  .chain((channel) => fc.tuple(fc.constant(channel), fc.oneof(fc.anything(), nearlyValid[channel])));

describe('the issuance channels under random input', () => {
  it('answer with a value or a typed error, never an internal failure', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Fuzz');
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(call, async ([channel, input]) => {
        const result = await dispatchChannel(world.core.handlers, channel, input, learner, world.log);
        const outcome = result.ok ? 'ok' : result.error.code;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        expect(outcome).not.toBe('internal');
      }),
      { numRuns: 300 },
    );
    expect(world.errors).toEqual([]);
    // Not only the schemas answered: some calls reached the core and some succeeded.
    expect(outcomes.get('ok')).toBeGreaterThan(0);
    expect([...outcomes.keys()]).toEqual(expect.arrayContaining(['invalid_input', 'not_found']));
  }, 60_000);
});
