import { describe, expect, it } from 'vitest';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { carryOverProgress } from '../../../main/core/progress/carryOverProgress';
import {
  getCourseProgress,
  markModuleCompleted,
  markModuleOpened,
  markModuleReadToEnd,
} from '../../../main/core/progress/moduleProgress';
import { openTestDatabase } from '../db/testDataDir';

const course = 'ketamine-therapy';

async function learnerWithV1Progress() {
  const { db } = await openTestDatabase();
  const { id } = createLearnerProfile(db, { displayName: 'Upgrader' });
  const v1 = (moduleId: string, contentHash: string) => ({
    courseId: course,
    courseVersion: '1.0',
    moduleId,
    contentHash,
  });
  markModuleCompleted(db, id, v1('m1', 'h1'), 100);
  markModuleReadToEnd(db, id, v1('m2', 'h2'), 200);
  markModuleOpened(db, id, v1('m3', 'h3'), 300);
  return { db, id };
}

const modules = [
  { moduleId: 'm1', oldHash: 'h1', newHash: 'h1' }, // unchanged, completed
  { moduleId: 'm2', oldHash: 'h2', newHash: 'h2-new' }, // changed after the learner read it
  { moduleId: 'm3', oldHash: 'h3', newHash: 'h3' }, // unchanged, only opened
  { moduleId: 'm4', newHash: 'h4' }, // new in 2.0
  { moduleId: 'm5', oldHash: 'h5', newHash: 'h5' }, // never touched
];

describe('carryOverProgress', () => {
  it('copies unchanged modules as they were and flags changed ones for review', async () => {
    const { db, id } = await learnerWithV1Progress();
    const result = carryOverProgress(db, id, course, '1.0', '2.0', modules);
    expect(result).toEqual({ carried: ['m1', 'm3'], needsReview: ['m2'] });
    const v2 = getCourseProgress(db, id, course, '2.0');
    expect(v2.map((p) => p.moduleId)).toEqual(['m1', 'm2', 'm3']);
    expect(v2[0]).toMatchObject({
      contentHash: 'h1',
      completedAt: 100,
      needsReview: false,
      carriedFromVersion: '1.0',
    });
    // The changed module keeps what the learner did (on the old content) and asks for a review.
    expect(v2[1]).toMatchObject({
      contentHash: 'h2',
      readToEndAt: 200,
      needsReview: true,
      carriedFromVersion: '1.0',
    });
    expect(v2[2]).toMatchObject({ contentHash: 'h3', openedAt: 300, readToEndAt: null, needsReview: false });
    // The old version's records stay.
    expect(getCourseProgress(db, id, course, '1.0')).toHaveLength(3);
  });

  it('re-reading a flagged module in the new version clears the review flag', async () => {
    const { db, id } = await learnerWithV1Progress();
    carryOverProgress(db, id, course, '1.0', '2.0', modules);
    const reread = markModuleReadToEnd(
      db,
      id,
      { courseId: course, courseVersion: '2.0', moduleId: 'm2', contentHash: 'h2-new' },
      900,
    );
    expect(reread).toMatchObject({ contentHash: 'h2-new', readToEndAt: 900, needsReview: false });
  });

  it('running twice changes nothing the second time', async () => {
    const { db, id } = await learnerWithV1Progress();
    const first = carryOverProgress(db, id, course, '1.0', '2.0', modules);
    const snapshot = getCourseProgress(db, id, course, '2.0');
    expect(carryOverProgress(db, id, course, '1.0', '2.0', modules)).toEqual(first);
    expect(getCourseProgress(db, id, course, '2.0')).toEqual(snapshot);
  });

  it('treats a module as changed when the learner read other content than the caller calls old', async () => {
    const { db, id } = await learnerWithV1Progress();
    const result = carryOverProgress(db, id, course, '1.0', '2.0', [
      { moduleId: 'm1', oldHash: 'hX', newHash: 'hX' },
    ]);
    expect(result).toEqual({ carried: [], needsReview: ['m1'] });
  });

  it('does not overwrite newer progress the learner already made in the new version', async () => {
    const { db, id } = await learnerWithV1Progress();
    markModuleReadToEnd(
      db,
      id,
      { courseId: course, courseVersion: '2.0', moduleId: 'm2', contentHash: 'h2-new' },
      1000,
    );
    carryOverProgress(db, id, course, '1.0', '2.0', modules);
    const m2 = getCourseProgress(db, id, course, '2.0').find((p) => p.moduleId === 'm2');
    expect(m2).toMatchObject({ contentHash: 'h2-new', readToEndAt: 1000, needsReview: false });
  });

  it('rejects the same version on both sides', async () => {
    const { db, id } = await learnerWithV1Progress();
    expect(() => carryOverProgress(db, id, course, '1.0', '1.0', modules)).toThrow(/same/);
  });
});
