import { describe, expect, it } from 'vitest';
import { createSession } from '../../../main/core/app/session';
import { sameStatement } from '../../../main/core/lrs/statementResolution';
import { firstRetryMs, retryDelayMs } from '../../../main/core/lrs/syncBackoff';
import { courseId, coreWorld } from '../support/coreWorld';
import { unreachableLrs } from './unreachableLrs';

/*
 * What the screens learn about record sync (never the key or the secret), sending paused by IT, and the backoff's
 * waits. Sending itself is tested against a real LRS in tests/integration/lrs.
 */
describe('lrs.status', () => {
  it('says record sync is off where no LRS is set up', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Dana');
    const off = {
      state: 'off',
      destination: null,
      waiting: null,
      heldBack: null,
      lastSentAt: null,
      lastError: null,
      nextAttemptAt: null,
    };
    expect(await world.ok('lrs.status', {}, learner)).toEqual(off);
    expect(await world.ok('lrs.sendNow', {}, learner)).toEqual(off);
  });

  it('tells a signed-out screen where records go, and a learner their own queue only', async () => {
    const world = await coreWorld({
      lrs: { ...unreachableLrs, endpoint: 'https://lrs.example.org:8443/xapi/' },
    });
    const dana = await world.signUp('Dana');
    const eli = await world.signUp('Eli');
    await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, dana);
    await world.ok('progress.markRead', { courseId, moduleId: 'moments' }, dana);

    const signedOut = await world.ok('lrs.status', {}, createSession());
    expect(signedOut).toMatchObject({ state: 'idle', destination: 'lrs.example.org:8443', waiting: null });
    expect(await world.ok('lrs.status', {}, dana)).toMatchObject({
      waiting: 2,
      heldBack: 0,
      lastSentAt: null,
    });
    expect(await world.ok('lrs.status', {}, eli)).toMatchObject({ waiting: 0, heldBack: 0 });
    expect((await world.fail('lrs.sendNow', {}, createSession())).code).toBe('not_signed_in');
    const everything = JSON.stringify([signedOut, await world.ok('lrs.status', {}, dana)]);
    expect(everything).not.toContain(unreachableLrs.secret);
    expect(everything).not.toContain(unreachableLrs.key);
  });

  it('queues records but sends nothing while IT has sending turned off', async () => {
    const world = await coreWorld({ lrs: { ...unreachableLrs, enabled: false } });
    world.core.startRecordSync();
    const dana = await world.signUp('Dana');
    await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, dana);
    const status = await world.ok('lrs.sendNow', {}, dana);
    expect(status).toMatchObject({ state: 'paused', waiting: 1, lastError: null, nextAttemptAt: null });
    expect(world.infos.filter((line) => line.startsWith('Record sync'))).toEqual([
      'Record sync is paused (sending is off in the settings): learning records for 127.0.0.1:9 are queued, not sent.',
    ]);
  });
});

describe('the backoff', () => {
  it('starts at a second, doubles, never passes the sync interval, and spreads between half and all of it', () => {
    const interval = 60_000;
    const top = (failures: number) => retryDelayMs(failures, interval, () => 1);
    const bottom = (failures: number) => retryDelayMs(failures, interval, () => 0);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(top)).toEqual([1, 2, 4, 8, 16, 32, 60, 60].map((s) => s * 1000));
    expect(bottom(1)).toBe(firstRetryMs / 2);
    expect(bottom(7)).toBe(interval / 2);
    expect(retryDelayMs(10_000, interval, () => 1)).toBe(interval);
  });
});

describe('whether the LRS holds the statement that was sent', () => {
  const sent = {
    id: '2efb7fc8-ff83-5e36-98b4-d67d5a8f67c3',
    actor: { objectType: 'Agent', name: 'Dana', account: { homePage: 'urn:x', name: 'a' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
    timestamp: '2026-06-01T14:00:00.000Z',
  };
  it('ignores what the LRS adds and how it writes the time, but not a changed field', () => {
    const stored = {
      ...sent,
      timestamp: '2026-06-01T14:00:00Z',
      stored: '2026-12-06T09:51:22Z',
      version: '1.0.0',
    };
    expect(sameStatement(sent, stored)).toBe(true);
    expect(sameStatement(sent, { ...stored, actor: { ...sent.actor, name: 'Dane' } })).toBe(false);
    expect(sameStatement(sent, { ...stored, timestamp: '2026-06-01T14:00:01Z' })).toBe(false);
    expect(sameStatement(sent, null)).toBe(false);
  });
});
