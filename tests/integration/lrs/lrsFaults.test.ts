import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import { openSqlite } from '../../../main/core/db/sqliteDatabase';
import { courseId } from '../../unit/support/coreWorld';
import { startGateway, type LrsGateway } from '../../support/lrs/lrsGateway';
import {
  certifiedAndCorrected,
  eventually,
  expectAllDeliveredOnce,
  lrsSettings,
  outboxRows,
  syncWorld,
} from './support/syncWorld';
import { startTestLrs, type TestLrs } from '../../support/lrs/testLrs';

/*
 * Faults between a workstation and its LRS. In each, everything the learner does is recorded and answered as
 * usual, and every statement reaches the LRS exactly once when it can; what needs a person stops, says why, and is
 * never retried by itself.
 */
let lrs: TestLrs;
const gateways: LrsGateway[] = [];
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await lrs?.stop();
});

async function gatewayTo(target: TestLrs): Promise<LrsGateway> {
  const gateway = await startGateway(target.port);
  gateways.push(gateway);
  return gateway;
}

function readAudit<T>(dataDir: string, read: (db: ReturnType<typeof openSqlite>) => T): T {
  const db = openSqlite(path.join(dataDir, 'ce-player.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The audit entries record sync wrote about the whole machine. */
function syncAuditEntries(dataDir: string) {
  return readAudit(
    dataDir,
    (db) =>
      db
        .prepare("SELECT action, after_json FROM audit_log WHERE action LIKE 'lrs.%' AND learner_id IS NULL")
        .all() as {
        action: string;
        after_json: string;
      }[],
  );
}

const postsOf = (gateway: LrsGateway) => gateway.seen.filter((request) => request.method === 'POST');

describe('record sync when the LRS fails', () => {
  it('loses nothing and duplicates nothing when the LRS stops mid-batch and starts again', async () => {
    const own = await startTestLrs();
    try {
      const gateway = await gatewayTo(own);
      const world = await syncWorld(gateway.endpoint, { intervalSeconds: 5 });
      gateway.setMode({ kind: 'hold' });
      const dana = await certifiedAndCorrected(world, 'Dana');
      const sending = world.ok('lrs.sendNow', {}, dana);
      // The first batch goes through; the second is under way when the LRS dies.
      await gateway.whenHeld(1);
      gateway.release();
      await gateway.whenHeld(1);
      const before = await own.statements();
      expect(before.length).toBeGreaterThan(0);
      await own.kill();
      gateway.setMode({ kind: 'pass' });
      gateway.release();
      await eventually(
        'the worker notices',
        async () => (await world.ok('lrs.status', {}, dana)).state === 'retrying',
      );
      // The learner goes on meanwhile.
      const eli = await world.signUp('Eli');
      await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, eli);
      await sending;
      await own.restart();
      await eventually('every statement is delivered', () =>
        outboxRows(world.dataDir).every((row) => row.delivered_at),
      );

      const after = await own.statements();
      const beforeIds = new Set(before.map((s) => s.id));
      expect(
        after.filter((s) => beforeIds.has(s.id)),
        'sent again although delivered',
      ).toEqual([]);
      expect(new Set(after.map((s) => s.id)).size).toBe(after.length);
      const all = outboxRows(world.dataDir).map((row) => row.statement_id);
      expect([...beforeIds, ...after.map((s) => s.id)].sort()).toEqual([...all].sort());
      expect((await world.ok('lrs.status', {}, dana)).lastError).toBeNull();
    } finally {
      await own.stop();
    }
  });

  it('counts a batch the LRS stored but whose answer was lost as delivered once', async () => {
    const gateway = await gatewayTo(lrs);
    gateway.setMode({ kind: 'lose-answer' });
    const world = await syncWorld(gateway.endpoint);
    const dana = await certifiedAndCorrected(world, 'Dana');
    await world.ok('lrs.sendNow', {}, dana);
    const lost = postsOf(gateway).length;
    expect(lost).toBeGreaterThan(0);
    expect((await world.ok('lrs.status', {}, dana)).state).toBe('retrying');
    gateway.setMode({ kind: 'pass' });
    await world.ok('lrs.sendNow', {}, dana);
    await expectAllDeliveredOnce(lrs, world.dataDir);
    // The lost batch was sent again, and the LRS took the same statements as the ones it held.
    expect(postsOf(gateway)[lost]?.statements).toBe(postsOf(gateway)[0]?.statements);
  });

  it('gives up on a slow answer without keeping the learner waiting, and delivers later', async () => {
    const gateway = await gatewayTo(lrs);
    gateway.setMode({ kind: 'slow', delayMs: 2_500 });
    const world = await syncWorld(gateway.endpoint, { timeoutSeconds: 1 });
    const dana = await world.signUp('Dana');
    await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, dana);
    const sending = world.ok('lrs.sendNow', {}, dana);
    await eventually('a request is under way', () => postsOf(gateway).length > 0);
    // While the LRS keeps the request waiting, the learner's calls are answered at once.
    const started = Date.now();
    await world.ok('progress.markRead', { courseId, moduleId: 'moments' }, dana);
    await world.ok('courses.home', { courseId }, dana);
    expect(Date.now() - started).toBeLessThan(1_000);
    const status = await sending;
    expect(status.state).toBe('retrying');
    expect(status.lastError).toMatch(/did not answer in time \(no answer within 1 s\)/);
    gateway.setMode({ kind: 'pass' });
    await eventually('every statement is delivered', () =>
      outboxRows(world.dataDir).every((row) => row.delivered_at),
    );
    await expectAllDeliveredOnce(lrs, world.dataDir);
  });

  it.each([
    [401, 'someone-else:their-secret', undefined],
    [
      403,
      'ce-player-workstation:TEST-SECRET-3117-never-logged',
      'ce-player-workstation:TEST-SECRET-3117-never-logged',
    ],
  ])(
    'stops on %i, says so in words and in the audit log, and never retries by itself',
    async (status, allowed, forbidden) => {
      const gateway = await gatewayTo(lrs);
      gateway.requireCredentials(allowed, forbidden);
      const world = await syncWorld(gateway.endpoint);
      const dana = await world.signUp('Dana');
      await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, dana);
      const stopped = await world.ok('lrs.sendNow', {}, dana);
      expect(stopped).toMatchObject({ state: 'stopped', waiting: 1, nextAttemptAt: null });
      expect(stopped.lastError).toContain(`refused CE Player's key and secret (HTTP ${status})`);
      expect(stopped.lastError).toContain('"lrs.key" and "lrs.secret"');
      const requests = gateway.seen.length;
      expect(requests).toBe(1);
      // More than an interval and the longest backoff later, still one request: nothing is retried by itself.
      await world.ok('progress.markRead', { courseId, moduleId: 'moments' }, dana);
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(gateway.seen).toHaveLength(requests);
      expect((await world.ok('lrs.status', {}, dana)).waiting).toBe(2);
      expect(syncAuditEntries(world.dataDir)).toEqual([
        { action: 'lrs.sending_stopped', after_json: JSON.stringify({ status, waiting: 1 }) },
      ]);

      // A person asks again: one more request. IT fixes the key: everything goes.
      expect((await world.ok('lrs.sendNow', {}, dana)).state).toBe('stopped');
      expect(gateway.seen).toHaveLength(requests + 1);
      gateway.requireCredentials(null);
      expect(await world.ok('lrs.sendNow', {}, dana)).toMatchObject({
        state: 'idle',
        waiting: 0,
        lastError: null,
      });
      await expectAllDeliveredOnce(lrs, world.dataDir);
      const secret = lrsSettings('').secret;
      const everything = JSON.stringify([
        world.infos,
        world.errors,
        syncAuditEntries(world.dataDir),
        stopped,
      ]);
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(Buffer.from(`ce-player-workstation:${secret}`).toString('base64'));
    },
  );

  it('holds back a statement the LRS holds with other content, records it, and never sends it again', async () => {
    const gateway = await gatewayTo(lrs);
    const world = await syncWorld(gateway.endpoint);
    const dana = await certifiedAndCorrected(world, 'Dana');
    // Another program already sent a different statement under one of Dana's ids (a copied data folder, say).
    const [, clash] = outboxRows(world.dataDir);
    if (!clash) throw new Error('nothing queued');
    const other = {
      ...(JSON.parse(clash.statement) as Record<string, unknown>),
      timestamp: '2020-01-01T00:00:00.000Z',
    };
    expect(await lrs.post([other])).toBe(200);

    const stopped = await world.ok('lrs.sendNow', {}, dana);
    expect(stopped).toMatchObject({ state: 'stopped', heldBack: 1, nextAttemptAt: null });
    expect(stopped.lastError).toContain(
      'already holds different records under the ids of 1 statement (HTTP 409)',
    );
    // The first batch, but for the clash, is delivered; the rest wait for a person.
    const rows = outboxRows(world.dataDir);
    expect(rows.filter((row) => row.held_back !== null).map((row) => row.statement_id)).toEqual([
      clash.statement_id,
    ]);
    expect(rows.slice(0, 5).filter((row) => row.delivered_at !== null)).toHaveLength(4);
    expect(stopped.waiting).toBe(rows.length - 5);
    const held = (await lrs.statements()).filter((s) => s.id === clash.statement_id);
    expect(held.map((s) => s.timestamp)).toEqual([other.timestamp]); // the LRS's own statement stands
    const entries = readAudit(world.dataDir, (db) => listAuditEntries(db, dana.learnerId ?? ''));
    expect(entries.find((entry) => entry.action === 'lrs.statements_held_back')?.after).toEqual({
      reason: 'conflict',
      count: 1,
      statementIds: [clash.statement_id],
      verbs: [clash.verb],
    });

    // Later events still go when a person asks; the held-back statement never does.
    const sentWith = () => gateway.seen.filter((request) => request.url.includes(clash.statement_id)).length;
    const putsBefore = sentWith();
    await world.ok('progress.markOpened', { courseId, moduleId: 'moments' }, await world.signUp('Eli'));
    expect(await world.ok('lrs.sendNow', {}, dana)).toMatchObject({
      state: 'idle',
      heldBack: 1,
      lastError: null,
    });
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(sentWith()).toBe(putsBefore);
    expect(
      outboxRows(world.dataDir).filter((row) => row.delivered_at === null && row.held_back === null),
    ).toEqual([]);
  });

  it('keeps every record while the network is gone from start to quit, trying again ever more slowly', async () => {
    const gateway = await gatewayTo(lrs);
    await gateway.goDown();
    const world = await syncWorld(gateway.endpoint, { intervalSeconds: 5 });
    const dana = await certifiedAndCorrected(world, 'Dana');
    const certificates = await world.ok('certificates.list', {}, dana);
    expect(certificates.map((c) => c.status).sort()).toEqual(['current', 'superseded']);

    const waits = new Set<number>();
    expect((await world.ok('lrs.sendNow', {}, dana)).state).toBe('retrying');
    await eventually(
      'three failed tries',
      async () => {
        const status = await world.ok('lrs.status', {}, dana);
        if (status.state === 'retrying' && status.nextAttemptAt !== null)
          waits.add(status.nextAttemptAt - world.clock.now);
        return waits.size >= 3;
      },
      30_000,
    );
    const [first, second, third] = [...waits];
    expect(first).toBeGreaterThanOrEqual(500);
    expect(first).toBeLessThanOrEqual(1_000);
    expect(second).toBeGreaterThanOrEqual(1_000);
    expect(third).toBeGreaterThanOrEqual(2_000);
    const status = await world.ok('lrs.status', {}, dana);
    expect(status.state).toBe('retrying');
    expect(status.lastError).toMatch(
      /could not be reached \(ECONNREFUSED\)\. Your records are kept on this computer/,
    );
    expect(status.waiting).toBe(outboxRows(world.dataDir).length);
    expect(gateway.seen).toEqual([]);
    world.core.close();
    expect(world.errors).toEqual([]);
    expect(outboxRows(world.dataDir).every((row) => row.delivered_at === null)).toBe(true);
  });
});
