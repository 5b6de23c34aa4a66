import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { deleteLearnerProfile } from '../../../main/core/learners/deleteLearnerProfile';
import {
  createLearnerProfile,
  getLearnerProfile,
  updateLearnerProfile,
} from '../../../main/core/learners/learnerProfiles';
import { clearProfilePin, setProfilePin, verifyProfilePin } from '../../../main/core/learners/profilePin';
import {
  getBookmark,
  listBookmarks,
  removeBookmark,
  saveBookmark,
} from '../../../main/core/bookmarks/bookmarks';
import { carryOverProgress } from '../../../main/core/progress/carryOverProgress';
import { exportLearnerRecords } from '../../../main/core/progress/exportLearnerRecords';
import { importLearnerRecords } from '../../../main/core/progress/importLearnerRecords';
import { getLastPosition, saveLastPosition } from '../../../main/core/progress/lastPosition';
import {
  getCourseProgress,
  markModuleCompleted,
  markModuleOpened,
  markModuleReadToEnd,
} from '../../../main/core/progress/moduleProgress';
import { getModuleNote, listModuleNotes, saveModuleNote } from '../../../main/core/notes/moduleNotes';
import { recordHeartbeat } from '../../../main/core/progress/timeOnTask';
import { getCourseTime, getModuleTimes } from '../../../main/core/progress/timeOnTaskTotals';
import { openTestDatabase } from '../db/testDataDir';

const t0 = 1_750_000_000_000;
const ref = { courseId: 'c', courseVersion: '1', moduleId: 'm1', contentHash: 'h1' };
const learnerTables = [
  'learners',
  'module_progress',
  'course_positions',
  'module_notes',
  'bookmarks',
  'heartbeats',
  'heartbeat_clock',
  'pin_throttle',
];

function snapshot(db: LearnerDb, learnerId: string): Record<string, unknown[]> {
  return Object.fromEntries(
    learnerTables.map((table) => {
      const column = table === 'learners' ? 'id' : 'learner_id';
      return [table, db.prepare(`SELECT * FROM ${table} WHERE ${column} = ? ORDER BY rowid`).all(learnerId)];
    }),
  );
}

function fillB(db: LearnerDb, b: string): void {
  markModuleOpened(db, b, ref, t0);
  markModuleReadToEnd(db, b, ref, t0 + 1);
  saveLastPosition(db, b, { courseId: 'c', courseVersion: '1', moduleId: 'm1', scrollFraction: 0.9 }, t0);
  saveModuleNote(db, b, { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: "B's private note" }, t0);
  saveBookmark(db, b, { courseId: 'c', courseVersion: '1', moduleId: 'm1', anchorId: 'x', label: "B's" }, t0);
  recordHeartbeat(db, b, { courseId: 'c', courseVersion: '1', moduleId: 'm1', beatId: 'shared-1' }, t0);
  recordHeartbeat(
    db,
    b,
    { courseId: 'c', courseVersion: '1', moduleId: 'm1', beatId: 'shared-2' },
    t0 + 15_000,
  );
  expect(() => verifyProfilePin(db, b, '0000', t0)).toThrow();
}

describe('learner isolation', () => {
  it("nothing called as learner A reads or changes learner B's rows", async () => {
    const { db } = await openTestDatabase();
    const a = createLearnerProfile(db, { displayName: 'Alice', pin: '1111' }, t0).id;
    const b = createLearnerProfile(db, { displayName: 'Bob', pin: '2222' }, t0).id;
    fillB(db, b);
    const before = snapshot(db, b);
    const bAudit = listAuditEntries(db, b);

    // Reads as A see none of B's records, even with B's natural keys.
    expect(getCourseProgress(db, a, 'c', '1')).toEqual([]);
    expect(getLastPosition(db, a, 'c')).toBeUndefined();
    expect(getModuleNote(db, a, 'c', 'm1')).toBeUndefined();
    expect(listModuleNotes(db, a)).toEqual([]);
    expect(getBookmark(db, a, 'c', 'm1', 'x')).toBeUndefined();
    expect(listBookmarks(db, a)).toEqual([]);
    expect(getModuleTimes(db, a, 'c', '1')).toEqual([]);
    expect(getCourseTime(db, a, 'c')).toBe(0);
    expect(JSON.stringify(exportLearnerRecords(db, a))).not.toMatch(/B's|shared-1|Bob/);

    // Writes as A on the very same keys.
    markModuleOpened(db, a, ref, t0 + 10);
    markModuleReadToEnd(db, a, ref, t0 + 11);
    markModuleCompleted(db, a, ref, t0 + 12);
    saveLastPosition(
      db,
      a,
      { courseId: 'c', courseVersion: '1', moduleId: 'm2', scrollFraction: 0.1 },
      t0 + 13,
    );
    saveModuleNote(db, a, { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: "A's note" }, t0 + 14);
    saveModuleNote(db, a, { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: '' }, t0 + 15);
    saveBookmark(
      db,
      a,
      { courseId: 'c', courseVersion: '1', moduleId: 'm1', anchorId: 'x', label: "A's" },
      t0 + 16,
    );
    expect(removeBookmark(db, a, { courseId: 'c', moduleId: 'm1', anchorId: 'x' })).toBe(true);
    expect(removeBookmark(db, a, { courseId: 'c', moduleId: 'm1', anchorId: 'x' })).toBe(false);
    // B's beat ids are unique per learner: A's beats with the same ids are A's own.
    expect(
      recordHeartbeat(db, a, { courseId: 'c', courseVersion: '1', moduleId: 'm1', beatId: 'shared-1' }, t0)
        .accepted,
    ).toBe(true);
    expect(
      recordHeartbeat(
        db,
        a,
        { courseId: 'c', courseVersion: '1', moduleId: 'm1', beatId: 'shared-2' },
        t0 + 5000,
      ).creditedMs,
    ).toBe(5000);
    carryOverProgress(db, a, 'c', '1', '2', [{ moduleId: 'm1', oldHash: 'h1', newHash: 'h1' }]);
    importLearnerRecords(db, a, exportLearnerRecords(db, b), t0 + 20);
    updateLearnerProfile(db, a, { displayName: 'Alicia', credentials: 'MD' }, t0 + 21);
    setProfilePin(db, a, '3333', '1111', t0 + 22);
    expect(() => verifyProfilePin(db, a, '0000', t0 + 23)).toThrow();
    clearProfilePin(db, a, '3333', t0 + 24);

    expect(snapshot(db, b)).toEqual(before);
    expect(listAuditEntries(db, b)).toEqual(bAudit);
    expect(getLearnerProfile(db, b).displayName).toBe('Bob');

    deleteLearnerProfile(db, a, { confirmName: 'Alicia' }, t0 + 30);
    expect(snapshot(db, b)).toEqual(before);
    expect(verifyProfilePin(db, b, '2222', t0 + 31).displayName).toBe('Bob');
  });

  it("B's records imported into A become A's copies; changing them does not touch B's", async () => {
    const { db } = await openTestDatabase();
    const a = createLearnerProfile(db, { displayName: 'Alice' }, t0).id;
    const b = createLearnerProfile(db, { displayName: 'Bob', pin: '2222' }, t0).id;
    fillB(db, b);
    importLearnerRecords(db, a, exportLearnerRecords(db, b), t0 + 20);
    const before = snapshot(db, b);
    saveModuleNote(
      db,
      a,
      { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: 'edited by A' },
      t0 + 40,
    );
    removeBookmark(db, a, { courseId: 'c', moduleId: 'm1', anchorId: 'x' });
    expect(snapshot(db, b)).toEqual(before);
    expect(getModuleNote(db, b, 'c', 'm1')?.text).toBe("B's private note");
  });
});
