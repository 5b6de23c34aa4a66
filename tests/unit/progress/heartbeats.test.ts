import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { creditForGap, recordHeartbeat } from '../../../main/core/progress/timeOnTask';
import { getCourseTime, getModuleTimes } from '../../../main/core/progress/timeOnTaskTotals';
import { openTestDatabase } from '../db/testDataDir';

const t0 = 1_750_000_000_000;
const s = 1000;

async function learnerDb() {
  const { db } = await openTestDatabase();
  const { id } = createLearnerProfile(db, { displayName: 'Timed' });
  return { db, id };
}

function beater(db: LearnerDb, learnerId: string) {
  let n = 0;
  return (at: number, moduleId = 'm1', beatId = `beat-${(n += 1)}`, courseVersion = '1') =>
    recordHeartbeat(db, learnerId, { courseId: 'c', courseVersion, moduleId, beatId, clientSentAt: at }, at);
}

describe('credit rule', () => {
  it('credits the gap up to 30 s, 30 s up to 2 min, nothing beyond or backwards', () => {
    expect(creditForGap(undefined)).toBe(0);
    expect(creditForGap(-5 * s)).toBe(0);
    expect(creditForGap(0)).toBe(0);
    expect(creditForGap(15 * s)).toBe(15 * s);
    expect(creditForGap(30 * s)).toBe(30 * s);
    expect(creditForGap(31 * s)).toBe(30 * s);
    expect(creditForGap(120 * s)).toBe(30 * s);
    expect(creditForGap(120 * s + 1)).toBe(0);
  });
});

describe('recordHeartbeat', () => {
  it('credits a steady 15 s rhythm in full, and nothing for the first beat', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    expect(beat(t0)).toEqual({ accepted: true, creditedMs: 0, reason: 'first_beat' });
    for (let i = 1; i <= 20; i += 1)
      expect(beat(t0 + i * 15 * s)).toMatchObject({ creditedMs: 15 * s, reason: 'credited' });
    expect(getCourseTime(db, id, 'c', '1')).toBe(300 * s);
  });

  it('a burst of beats earns only the wall-clock time that passed', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    beat(t0);
    for (let i = 1; i <= 100; i += 1) beat(t0 + i * 10); // 100 beats in one second
    expect(getCourseTime(db, id, 'c')).toBe(1000);
  });

  it('short pauses earn 30 s, idle gaps earn nothing, and beats after an idle gap earn again', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    beat(t0);
    expect(beat(t0 + 90 * s)).toMatchObject({ creditedMs: 30 * s, reason: 'credited' });
    expect(beat(t0 + 90 * s + 10 * 60 * s)).toMatchObject({ creditedMs: 0, reason: 'idle_gap' });
    expect(beat(t0 + 90 * s + 10 * 60 * s + 15 * s)).toMatchObject({ creditedMs: 15 * s });
    expect(getCourseTime(db, id, 'c')).toBe(45 * s);
  });

  it('a clock jump backwards earns nothing and does not break later beats', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    beat(t0);
    beat(t0 + 15 * s);
    expect(beat(t0 - 3600 * s)).toEqual({ accepted: true, creditedMs: 0, reason: 'clock_backwards' });
    expect(beat(t0 - 3600 * s + 15 * s)).toMatchObject({ creditedMs: 15 * s });
    expect(getCourseTime(db, id, 'c')).toBe(30 * s);
  });

  it('a clock jump forwards earns nothing (past 2 min) or at most 30 s, then beats continue normally', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    beat(t0);
    expect(beat(t0 + 86_400 * s)).toMatchObject({ creditedMs: 0, reason: 'idle_gap' });
    expect(beat(t0 + 86_400 * s + 15 * s)).toMatchObject({ creditedMs: 15 * s });
    expect(beat(t0 + 86_400 * s + 15 * s + 100 * s)).toMatchObject({ creditedMs: 30 * s });
    expect(getCourseTime(db, id, 'c')).toBe(45 * s);
  });

  it('ignores a replayed beat id, even with a later time or another module', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    beat(t0, 'm1', 'a');
    beat(t0 + 15 * s, 'm1', 'b');
    expect(beat(t0 + 30 * s, 'm2', 'b')).toEqual({ accepted: false, creditedMs: 0, reason: 'duplicate' });
    expect(beat(t0 + 45 * s, 'm1', 'c')).toMatchObject({ creditedMs: 30 * s });
    expect(getModuleTimes(db, id, 'c', '1')).toEqual([{ moduleId: 'm1', activeMs: 45 * s }]);
  });

  it('the client clock has no say in credit', async () => {
    const { db, id } = await learnerDb();
    recordHeartbeat(
      db,
      id,
      { courseId: 'c', courseVersion: '1', moduleId: 'm', beatId: 'x', clientSentAt: 0 },
      t0,
    );
    const result = recordHeartbeat(
      db,
      id,
      { courseId: 'c', courseVersion: '1', moduleId: 'm', beatId: 'y', clientSentAt: t0 + 10 * 3600 * s },
      t0 + 5 * s,
    );
    expect(result.creditedMs).toBe(5 * s);
  });

  it('credits the module named in the beat and totals per module, per version and per course', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    beat(t0, 'm1');
    beat(t0 + 15 * s, 'm1');
    beat(t0 + 30 * s, 'm2');
    beat(t0 + 45 * s, 'm2');
    beat(t0 + 60 * s, 'm1', undefined, '2');
    expect(getModuleTimes(db, id, 'c', '1')).toEqual([
      { moduleId: 'm1', activeMs: 15 * s },
      { moduleId: 'm2', activeMs: 30 * s },
    ]);
    expect(getModuleTimes(db, id, 'c', '2')).toEqual([{ moduleId: 'm1', activeMs: 15 * s }]);
    expect(getCourseTime(db, id, 'c', '1')).toBe(45 * s);
    expect(getCourseTime(db, id, 'c')).toBe(60 * s);
    expect(getCourseTime(db, id, 'unknown')).toBe(0);
  });

  it('two windows beating at once cannot earn more than wall-clock time', async () => {
    const { db, id } = await learnerDb();
    const beat = beater(db, id);
    for (let i = 0; i <= 40; i += 1) {
      beat(t0 + i * 15 * s, 'm1');
      beat(t0 + i * 15 * s + 7 * s, 'm2');
    }
    expect(getCourseTime(db, id, 'c')).toBe(40 * 15 * s + 7 * s);
  });

  it('never credits more than the server clock advanced, for any sequence of beat times', async () => {
    const { db } = await openTestDatabase();
    let run = 0;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -300_000, max: 300_000 }), { minLength: 1, maxLength: 40 }),
        (steps) => {
          const { id } = createLearnerProfile(db, { displayName: `Prop ${(run += 1)}` });
          const beat = beater(db, id);
          let now = t0;
          let forwardTime = 0;
          let previous: number | undefined;
          for (const step of steps) {
            now += step;
            const credited = beat(now).creditedMs;
            const gap = previous === undefined ? 0 : now - previous;
            expect(credited).toBeLessThanOrEqual(Math.max(0, gap));
            expect(credited).toBeLessThanOrEqual(30 * s);
            forwardTime += Math.max(0, gap);
            previous = now;
          }
          expect(getCourseTime(db, id, 'c')).toBeLessThanOrEqual(forwardTime);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects a beat without an id', async () => {
    const { db, id } = await learnerDb();
    expect(() =>
      recordHeartbeat(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm', beatId: '' }, t0),
    ).toThrow(/Heartbeat id/);
  });
});
