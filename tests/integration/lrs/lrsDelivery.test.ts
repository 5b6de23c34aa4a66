import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XAPI_VERBS } from '../../../main/core/records/xapiStatements';
import { courseId } from '../../unit/support/coreWorld';
import { startTestLrs, type TestLrs } from '../../support/lrs/testLrs';
import {
  certifiedAndCorrected,
  expectAllDeliveredOnce,
  heldFrom,
  outboxRows,
  syncWorld,
} from './support/syncWorld';

/*
 * Learning events driven through the core reach a real LRS (Learning Locker's statement service) exactly once, as
 * valid xAPI 1.0.3 statements, and read back with GET /statements as they were sent.
 */
let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(async () => {
  await lrs?.stop();
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record sync to a real LRS', () => {
  it('delivers every learning event once, with the fields xAPI requires', async () => {
    const world = await syncWorld(lrs.endpoint);
    const dana = await certifiedAndCorrected(world, 'Dana');
    const eli = await certifiedAndCorrected(world, 'Eli');
    const status = await world.ok('lrs.sendNow', {}, dana);
    expect(status).toMatchObject({ state: 'idle', waiting: 0, heldBack: 0, lastError: null });
    expect(status.destination).toBe(new URL(lrs.endpoint).host);
    expect(status.lastSentAt).not.toBeNull();
    expect((await world.ok('lrs.status', {}, eli)).waiting).toBe(0);

    await expectAllDeliveredOnce(lrs, world.dataDir);
    const held = await heldFrom(lrs, world.dataDir);
    const verbs = new Set(held.map((statement) => statement.verb.id));
    expect(verbs).toEqual(new Set(Object.values(XAPI_VERBS)));
    for (const statement of held) {
      expect(statement.id).toMatch(uuid);
      expect(statement).toMatchObject({
        actor: {
          objectType: 'Agent',
          account: { homePage: expect.stringMatching(/^urn:ce-player:install:did:key:/) },
        },
        verb: { id: expect.stringMatching(/^https?:\/\//), display: { 'en-US': expect.any(String) } },
        object: { objectType: 'Activity', id: expect.stringMatching(/^urn:ce-player:course:/) },
        timestamp: expect.any(String),
        stored: expect.any(String),
        authority: expect.any(Object),
      });
    }
    // Each learner's own statements, the course's two certificates each.
    for (const learner of [dana, eli]) {
      const own = held.filter((s) => s.actor.account?.name === learner.learnerId);
      expect(own.filter((s) => s.verb.id === XAPI_VERBS.satisfied)).toHaveLength(2);
    }
    expect(world.errors).toEqual([]);
  });

  it('sends what is learnt later within the next round, and never sends a statement twice', async () => {
    const world = await syncWorld(lrs.endpoint);
    const learner = await world.signUp('Fay');
    await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, learner);
    await world.ok('lrs.sendNow', {}, learner);
    const first = (await heldFrom(lrs, world.dataDir)).length;
    expect(first).toBe(1);
    await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, learner);
    await world.ok('progress.markRead', { courseId, moduleId: 'moments' }, learner);
    await world.ok('lrs.sendNow', {}, learner);
    await world.ok('lrs.sendNow', {}, learner);
    expect(outboxRows(world.dataDir).map((row) => row.verb)).toEqual(['launched', 'completed']);
    await expectAllDeliveredOnce(lrs, world.dataDir);
  });
});
