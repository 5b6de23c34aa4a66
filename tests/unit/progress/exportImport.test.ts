import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { createLearnerProfile, getLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { listBookmarks, saveBookmark } from '../../../main/core/bookmarks/bookmarks';
import { exportLearnerRecords } from '../../../main/core/progress/exportLearnerRecords';
import { importLearnerRecords } from '../../../main/core/progress/importLearnerRecords';
import { saveLastPosition } from '../../../main/core/progress/lastPosition';
import { markModuleOpened, markModuleReadToEnd } from '../../../main/core/progress/moduleProgress';
import { getModuleNote, saveModuleNote } from '../../../main/core/notes/moduleNotes';
import { recordHeartbeat } from '../../../main/core/progress/timeOnTask';
import { getCourseTime } from '../../../main/core/progress/timeOnTaskTotals';
import { openTestDatabase } from '../db/testDataDir';

const t0 = 1_750_000_000_000;

function fill(db: LearnerDb, id: string): void {
  const ref = { courseId: 'c', courseVersion: '1', moduleId: 'm1', contentHash: 'h1' };
  markModuleOpened(db, id, ref, t0);
  markModuleReadToEnd(db, id, ref, t0 + 1000);
  markModuleOpened(db, id, { ...ref, moduleId: 'm2', contentHash: 'h2' }, t0 + 2000);
  saveLastPosition(
    db,
    id,
    { courseId: 'c', courseVersion: '1', moduleId: 'm2', scrollFraction: 0.4 },
    t0 + 3000,
  );
  saveModuleNote(
    db,
    id,
    { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: 'Watch BP.\nRe-dose?' },
    t0 + 4000,
  );
  saveBookmark(
    db,
    id,
    { courseId: 'c', courseVersion: '1', moduleId: 'm1', anchorId: 'bp', label: 'BP' },
    t0 + 5000,
  );
  for (let i = 0; i < 5; i += 1) {
    recordHeartbeat(
      db,
      id,
      { courseId: 'c', courseVersion: '1', moduleId: 'm1', beatId: `b${i}` },
      t0 + i * 15_000,
    );
  }
}

async function twoMachines() {
  const a = await openTestDatabase();
  const b = await openTestDatabase();
  const source = createLearnerProfile(a.db, { displayName: 'Mover', credentials: 'RN' });
  const target = createLearnerProfile(b.db, { displayName: 'Mover' });
  fill(a.db, source.id);
  return { a: a.db, b: b.db, sourceId: source.id, targetId: target.id };
}

function withoutExportTime<T extends { exportedAt: number }>(file: T): T {
  return { ...file, exportedAt: 0 };
}

describe('export and import of one learner', () => {
  it('round-trips every kind of record through JSON text', async () => {
    const { a, b, sourceId, targetId } = await twoMachines();
    const exported = exportLearnerRecords(a, sourceId, t0 + 9000);
    expect(exported).toMatchObject({
      format: 'ce-player.learner-records',
      formatVersion: 1,
      exportedAt: t0 + 9000,
    });
    expect(JSON.stringify(exported)).not.toMatch(/scrypt|pin/i);
    const summary = importLearnerRecords(b, targetId, JSON.parse(JSON.stringify(exported)), t0 + 10_000);
    expect(summary).toEqual({ moduleProgress: 2, positions: 1, notes: 1, bookmarks: 1, heartbeats: 5 });
    expect(withoutExportTime(exportLearnerRecords(b, targetId))).toEqual({
      ...withoutExportTime(exported),
      learner: expect.any(Object),
    });
    expect(getCourseTime(b, targetId, 'c')).toBe(60_000);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { a, b, sourceId, targetId } = await twoMachines();
    const file = JSON.parse(JSON.stringify(exportLearnerRecords(a, sourceId)));
    importLearnerRecords(b, targetId, file, t0 + 10_000);
    const after = exportLearnerRecords(b, targetId, 1);
    const auditCount = listAuditEntries(b, targetId).length;
    expect(importLearnerRecords(b, targetId, file, t0 + 20_000)).toEqual({
      moduleProgress: 0,
      positions: 0,
      notes: 0,
      bookmarks: 0,
      heartbeats: 0,
    });
    expect(exportLearnerRecords(b, targetId, 1)).toEqual(after);
    expect(listAuditEntries(b, targetId)).toHaveLength(auditCount);
    // Importing into the source itself is also a no-op.
    expect(Object.values(importLearnerRecords(a, sourceId, file)).every((n) => n === 0)).toBe(true);
  });

  it('merges with records already on the target: newer wins, a replaced note is audited by its ids, never its text', async () => {
    const { a, b, sourceId, targetId } = await twoMachines();
    saveModuleNote(
      b,
      targetId,
      { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: 'older local note' },
      t0 + 1,
    );
    saveBookmark(
      b,
      targetId,
      { courseId: 'c', courseVersion: '1', moduleId: 'm1', anchorId: 'bp', label: 'Mine' },
      t0 + 99_999,
    );
    recordHeartbeat(b, targetId, { courseId: 'c', courseVersion: '1', moduleId: 'm9', beatId: 'local' }, t0);
    importLearnerRecords(b, targetId, exportLearnerRecords(a, sourceId), t0 + 10_000);
    expect(getModuleNote(b, targetId, 'c', 'm1')?.text).toBe('Watch BP.\nRe-dose?');
    const replaced = listAuditEntries(b, targetId).find((e) => e.action === 'note.replaced_by_import');
    expect(replaced?.after).toEqual({ courseId: 'c', moduleId: 'm1', courseVersion: '1' });
    expect(JSON.stringify(replaced)).not.toContain('older local note');
    expect(listBookmarks(b, targetId).map((bm) => bm.label)).toEqual(['Mine']);
    expect(getCourseTime(b, targetId, 'c')).toBe(60_000);
  });

  it('does not change the target profile', async () => {
    const { a, b, sourceId, targetId } = await twoMachines();
    const before = getLearnerProfile(b, targetId);
    importLearnerRecords(b, targetId, exportLearnerRecords(a, sourceId));
    expect(getLearnerProfile(b, targetId)).toEqual(before);
  });

  it.each([
    ['not an object', 'hello', /not a usable CE Player records file: the file is not an object/],
    ['another format', { format: 'other' }, /"format" is not that of a CE Player learner records export/],
    ['a future format', { format: 'ce-player.learner-records', formatVersion: 9 }, /records format 9/],
  ])('rejects %s', async (_name, file, message) => {
    const { b, targetId } = await twoMachines();
    expect(() => importLearnerRecords(b, targetId, file)).toThrow(message);
  });

  it('rejects a bad record and imports nothing from that file', async () => {
    const { a, b, sourceId, targetId } = await twoMachines();
    const file = JSON.parse(JSON.stringify(exportLearnerRecords(a, sourceId)));
    file.heartbeats[4].creditedMs = 3_600_000;
    expect(() => importLearnerRecords(b, targetId, file)).toThrow(
      'This is not a usable CE Player records file: "heartbeats[4].creditedMs" is more than the 30 seconds one ' +
        'heartbeat can credit.',
    );
    file.heartbeats[4].creditedMs = 1000;
    file.positions[0].scrollFraction = 7;
    expect(() => importLearnerRecords(b, targetId, file)).toThrow(
      '"positions[0].scrollFraction" must be a number from 0 to 1.',
    );
    expect(
      Object.values(exportLearnerRecords(b, targetId))
        .filter(Array.isArray)
        .every((list) => list.length === 0),
    ).toBe(true);
  });

  it('imported heartbeats do not move the live reference beat', async () => {
    const { a, b, sourceId, targetId } = await twoMachines();
    recordHeartbeat(
      b,
      targetId,
      { courseId: 'd', courseVersion: '1', moduleId: 'x', beatId: 'live-1' },
      t0 + 500_000,
    );
    importLearnerRecords(b, targetId, exportLearnerRecords(a, sourceId));
    const next = recordHeartbeat(
      b,
      targetId,
      { courseId: 'd', courseVersion: '1', moduleId: 'x', beatId: 'live-2' },
      t0 + 515_000,
    );
    expect(next.creditedMs).toBe(15_000);
  });
});
