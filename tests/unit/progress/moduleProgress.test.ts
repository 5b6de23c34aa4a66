import { describe, expect, it } from 'vitest';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import {
  getCourseProgress,
  markModuleCompleted,
  markModuleOpened,
  markModuleReadToEnd,
} from '../../../main/core/progress/moduleProgress';
import { openTestDatabase } from '../db/testDataDir';

const ref = {
  courseId: 'ketamine-therapy',
  courseVersion: '1.0.0',
  moduleId: 'm1-intro',
  contentHash: 'sha256-a',
};

async function learnerDb() {
  const { db } = await openTestDatabase();
  const { id } = createLearnerProfile(db, { displayName: 'Reader' });
  return { db, id };
}

describe('module progress', () => {
  it('records first and latest opening, reading to the end and completion', async () => {
    const { db, id } = await learnerDb();
    markModuleOpened(db, id, ref, 100);
    markModuleOpened(db, id, ref, 200);
    markModuleReadToEnd(db, id, ref, 300);
    markModuleReadToEnd(db, id, ref, 350);
    const done = markModuleCompleted(db, id, ref, 400);
    expect(done).toEqual({
      moduleId: 'm1-intro',
      contentHash: 'sha256-a',
      openedAt: 100,
      lastOpenedAt: 200,
      readToEndAt: 300,
      completedAt: 400,
      needsReview: false,
      carriedFromVersion: null,
      updatedAt: 400,
    });
    expect(getCourseProgress(db, id, ref.courseId, ref.courseVersion)).toEqual([done]);
    expect(getCourseProgress(db, id, ref.courseId, '2.0.0')).toEqual([]);
  });

  it('completing without an earlier open still records a coherent row', async () => {
    const { db, id } = await learnerDb();
    expect(markModuleCompleted(db, id, ref, 50)).toMatchObject({
      openedAt: 50,
      readToEndAt: null,
      completedAt: 50,
    });
  });

  it('flags needs_review when the content changed after the learner read it, and clears it on re-reading', async () => {
    const { db, id } = await learnerDb();
    markModuleReadToEnd(db, id, ref, 100);
    const changed = { ...ref, contentHash: 'sha256-b' };
    const reopened = markModuleOpened(db, id, changed, 200);
    expect(reopened).toMatchObject({ contentHash: 'sha256-a', readToEndAt: 100, needsReview: true });
    const reread = markModuleReadToEnd(db, id, changed, 300);
    expect(reread).toMatchObject({
      contentHash: 'sha256-b',
      readToEndAt: 300,
      needsReview: false,
      openedAt: 100,
    });
  });

  it('an opened-only module simply follows the new content', async () => {
    const { db, id } = await learnerDb();
    markModuleOpened(db, id, ref, 100);
    expect(markModuleOpened(db, id, { ...ref, contentHash: 'sha256-b' }, 200)).toMatchObject({
      contentHash: 'sha256-b',
      needsReview: false,
    });
  });

  it.each([
    [{ ...ref, courseId: '' }, /Course id must be 1 to 200/],
    [{ ...ref, moduleId: 'x'.repeat(201) }, /Module id must be 1 to 200/],
    [{ ...ref, contentHash: 'a\nb' }, /Content hash/],
    [{ ...ref, courseVersion: 3 }, /Course version/],
  ])('rejects a bad module reference %#', async (bad, message) => {
    const { db, id } = await learnerDb();
    expect(() => markModuleOpened(db, id, bad as never, 1)).toThrow(message);
  });

  it('refuses to record progress for a learner that does not exist', async () => {
    const { db } = await learnerDb();
    expect(() => markModuleOpened(db, 'ghost', ref, 1)).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});
