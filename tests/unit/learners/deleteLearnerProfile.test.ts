import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { deleteLearnerProfile } from '../../../main/core/learners/deleteLearnerProfile';
import { createLearnerProfile, listLearnerProfiles } from '../../../main/core/learners/learnerProfiles';
import { verifyProfilePin } from '../../../main/core/learners/profilePin';
import { enableStatementOutbox } from '../../../main/core/lrs/statementOutbox';
import { acknowledgeDisclosures } from '../../../main/core/courses/courseDisclosure';
import { saveBookmark } from '../../../main/core/bookmarks/bookmarks';
import { saveLastPosition } from '../../../main/core/progress/lastPosition';
import { markModuleOpened } from '../../../main/core/progress/moduleProgress';
import { saveModuleNote } from '../../../main/core/notes/moduleNotes';
import { recordHeartbeat } from '../../../main/core/progress/timeOnTask';
import { openTestDatabase } from '../db/testDataDir';

const t0 = 1_700_000_000_000;
const tables = [
  'module_progress',
  'course_positions',
  'module_notes',
  'bookmarks',
  'heartbeats',
  'heartbeat_clock',
  'pin_throttle',
  'disclosure_acknowledgements',
  'lrs_outbox',
];

function fillRecords(db: LearnerDb, learnerId: string): void {
  const ref = { courseId: 'ket', courseVersion: '1', moduleId: 'm1', contentHash: 'h1' };
  markModuleOpened(db, learnerId, ref, t0);
  saveLastPosition(
    db,
    learnerId,
    { courseId: 'ket', courseVersion: '1', moduleId: 'm1', scrollFraction: 0.5 },
    t0,
  );
  saveModuleNote(db, learnerId, { courseId: 'ket', courseVersion: '1', moduleId: 'm1', text: 'note' }, t0);
  saveBookmark(
    db,
    learnerId,
    { courseId: 'ket', courseVersion: '1', moduleId: 'm1', anchorId: 'a', label: 'A' },
    t0,
  );
  recordHeartbeat(
    db,
    learnerId,
    { courseId: 'ket', courseVersion: '1', moduleId: 'm1', beatId: `${learnerId}-1` },
    t0,
  );
  recordHeartbeat(
    db,
    learnerId,
    { courseId: 'ket', courseVersion: '1', moduleId: 'm1', beatId: `${learnerId}-2` },
    t0 + 15_000,
  );
  acknowledgeDisclosures(db, learnerId, { id: 'ket', version: '1' }, t0);
}

function countRows(db: LearnerDb, learnerId: string): Record<string, number> {
  return Object.fromEntries(
    tables.map((table) => [
      table,
      db.prepare(`SELECT count(*) FROM ${table} WHERE learner_id = ?`).pluck().get(learnerId) as number,
    ]),
  );
}

describe('deleteLearnerProfile', () => {
  it('removes the profile and every one of its records, leaves other learners alone, and audits the deletion', async () => {
    const { db } = await openTestDatabase();
    // Record sync is on: opening a module queues a statement for the LRS, which goes with the profile.
    enableStatementOutbox(db, {
      installDid: 'did:key:z6MkTestInstall',
      findCourse: () => null,
      now: () => t0,
    });
    const gone = createLearnerProfile(db, { displayName: 'Leaving', pin: '2580' }, t0);
    const stays = createLearnerProfile(db, { displayName: 'Staying' }, t0);
    fillRecords(db, gone.id);
    fillRecords(db, stays.id);
    expect(() => verifyProfilePin(db, gone.id, '0000', t0)).toThrow();
    const staysBefore = countRows(db, stays.id);

    const removed = deleteLearnerProfile(db, gone.id, { confirmName: ' leaving ', pin: '2580' }, t0 + 1);
    expect(removed).toEqual({
      module_progress: 1,
      course_positions: 1,
      module_notes: 1,
      bookmarks: 1,
      heartbeats: 2,
      heartbeat_clock: 1,
      // The correct PIN given to confirm the deletion has already cleared the earlier wrong try.
      pin_throttle: 0,
      attempts: 0,
      evaluation_submissions: 0,
      evaluation_responses: 0,
      attestations: 0,
      certificates: 0,
      disclosure_acknowledgements: 1,
      lrs_outbox: 1,
    });
    expect(Object.values(countRows(db, gone.id)).every((n) => n === 0)).toBe(true);
    expect(countRows(db, stays.id)).toEqual(staysBefore);
    expect(listLearnerProfiles(db).map((p) => p.displayName)).toEqual(['Staying']);
    const audit = listAuditEntries(db, gone.id).at(-1);
    expect(audit).toMatchObject({
      action: 'profile.deleted',
      before: { records: removed },
    });
  });

  it('every per-learner table is declared ON DELETE CASCADE from learners', async () => {
    const { db } = await openTestDatabase();
    for (const table of tables) {
      const keys = db.pragma(`foreign_key_list(${table})`) as {
        table: string;
        from: string;
        on_delete: string;
      }[];
      expect(keys, table).toEqual([
        expect.objectContaining({ table: 'learners', from: 'learner_id', on_delete: 'CASCADE' }),
      ]);
    }
  });

  it('requires the typed name', async () => {
    const { db } = await openTestDatabase();
    const { id } = createLearnerProfile(db, { displayName: 'Careful' });
    expect(() => deleteLearnerProfile(db, id, { confirmName: 'yes' })).toThrow(
      'To delete this profile and all its records, type its name exactly: "Careful".',
    );
    expect(listLearnerProfiles(db)).toHaveLength(1);
  });

  it('requires the PIN when one is set, and counts wrong PINs toward the lockout', async () => {
    const { db } = await openTestDatabase();
    const { id } = createLearnerProfile(db, { displayName: 'Pinned', pin: '1357' });
    fillRecords(db, id);
    for (let i = 0; i < 3; i += 1) {
      expect(() => deleteLearnerProfile(db, id, { confirmName: 'Pinned', pin: '0000' }, t0 + i)).toThrow(
        expect.objectContaining({ code: 'forbidden' }),
      );
    }
    expect(() => deleteLearnerProfile(db, id, { confirmName: 'Pinned', pin: '1357' }, t0 + 5)).toThrow(
      /Please wait/,
    );
    expect(listLearnerProfiles(db)).toHaveLength(1);
    expect(countRows(db, id).bookmarks).toBe(1);
    deleteLearnerProfile(db, id, { confirmName: 'Pinned', pin: '1357' }, t0 + 60_000);
    expect(listLearnerProfiles(db)).toEqual([]);
  });
});
