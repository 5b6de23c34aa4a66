import { describe, expect, it } from 'vitest';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { listBookmarks, removeBookmark, saveBookmark } from '../../../main/core/bookmarks/bookmarks';
import { getLastPosition, saveLastPosition } from '../../../main/core/progress/lastPosition';
import { getModuleNote, listModuleNotes, saveModuleNote } from '../../../main/core/notes/moduleNotes';
import { openTestDatabase } from '../db/testDataDir';

async function learnerDb() {
  const { db } = await openTestDatabase();
  const { id } = createLearnerProfile(db, { displayName: 'Note Taker' });
  return { db, id };
}

describe('last position', () => {
  it('keeps one resume position per course, replaced by the latest', async () => {
    const { db, id } = await learnerDb();
    saveLastPosition(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm1', scrollFraction: 0.2 }, 10);
    saveLastPosition(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm3', scrollFraction: 1 }, 20);
    saveLastPosition(db, id, { courseId: 'other', courseVersion: '1', moduleId: 'x', scrollFraction: 0 }, 30);
    expect(getLastPosition(db, id, 'c')).toEqual({
      courseId: 'c',
      courseVersion: '1',
      moduleId: 'm3',
      scrollFraction: 1,
      updatedAt: 20,
    });
    expect(getLastPosition(db, id, 'none')).toBeUndefined();
  });

  it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, '0.5'])(
    'rejects scroll fraction %s',
    async (fraction) => {
      const { db, id } = await learnerDb();
      expect(() =>
        saveLastPosition(db, id, {
          courseId: 'c',
          courseVersion: '1',
          moduleId: 'm',
          scrollFraction: fraction as number,
        }),
      ).toThrow(/number from 0 to 1/);
    },
  );
});

describe('notes', () => {
  it('saves, edits (keeping the creation time) and lists notes; multi-line text survives', async () => {
    const { db, id } = await learnerDb();
    saveModuleNote(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: 'first' }, 10);
    const edited = saveModuleNote(
      db,
      id,
      { courseId: 'c', courseVersion: '2', moduleId: 'm1', text: 'line 1\nline 2' },
      20,
    );
    expect(edited).toEqual({
      courseId: 'c',
      moduleId: 'm1',
      courseVersion: '2',
      text: 'line 1\nline 2',
      createdAt: 10,
      updatedAt: 20,
    });
    saveModuleNote(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm2', text: 'second' }, 30);
    expect(listModuleNotes(db, id, 'c').map((n) => n.moduleId)).toEqual(['m1', 'm2']);
    expect(getModuleNote(db, id, 'c', 'm1')?.text).toBe('line 1\nline 2');
  });

  it('removes a note the learner empties, and rejects oversized notes', async () => {
    const { db, id } = await learnerDb();
    saveModuleNote(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: 'temp' }, 10);
    expect(
      saveModuleNote(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: '  ' }, 20),
    ).toBeUndefined();
    expect(getModuleNote(db, id, 'c', 'm1')).toBeUndefined();
    expect(() =>
      saveModuleNote(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm1', text: 'x'.repeat(20_001) }),
    ).toThrow(/at most 20000 characters/);
  });
});

describe('bookmarks', () => {
  it('adds, relabels, lists and removes bookmarks by module and heading', async () => {
    const { db, id } = await learnerDb();
    const base = { courseId: 'c', courseVersion: '1', moduleId: 'm1' };
    saveBookmark(db, id, { ...base, anchorId: 'dosing', label: 'Dosing' }, 10);
    saveBookmark(db, id, { ...base, anchorId: 'risks', label: 'Risks' }, 20);
    const relabelled = saveBookmark(db, id, { ...base, anchorId: 'dosing', label: 'Dosing table' }, 30);
    expect(relabelled).toMatchObject({ label: 'Dosing table', createdAt: 10, updatedAt: 30 });
    expect(listBookmarks(db, id, 'c').map((b) => [b.anchorId, b.label])).toEqual([
      ['dosing', 'Dosing table'],
      ['risks', 'Risks'],
    ]);
    expect(removeBookmark(db, id, { courseId: 'c', moduleId: 'm1', anchorId: 'risks' })).toBe(true);
    expect(removeBookmark(db, id, { courseId: 'c', moduleId: 'm1', anchorId: 'risks' })).toBe(false);
    expect(listBookmarks(db, id).map((b) => b.anchorId)).toEqual(['dosing']);
  });

  it('rejects a bookmark without a heading id', async () => {
    const { db, id } = await learnerDb();
    expect(() =>
      saveBookmark(db, id, { courseId: 'c', courseVersion: '1', moduleId: 'm', anchorId: '', label: 'x' }),
    ).toThrow(/Heading id/);
  });
});
