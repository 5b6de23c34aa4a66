import { z } from 'zod';
import { maxBookmarkTextLength, maxNoteLength } from '../../contract/limits';
import { describeValue } from '../issueText';
import { parseRecords, recordList, recordObject } from '../records/parseRecords';
import type { Bookmark } from '../bookmarks/bookmarks';
import type { LastPosition } from './lastPosition';
import { scrollFraction } from './lastPosition';
import type { ModuleProgress } from './moduleProgress';
import type { ModuleNote } from '../notes/moduleNotes';
import { freeText, idText, instant, orNull } from './progressInput';
import { fullCreditGapMs } from './timeOnTask';

/** The `format` marker of a learner records file. */
export const learnerRecordsFormat = 'ce-player.learner-records';
/** The version of the file layout this build writes and reads. */
export const learnerRecordsFormatVersion = 1;

// Each record lists its fields in the order they have always been read in: an unverified import is recognised
// again by a hash of the records as read (unverifiedImports.ts), so a new order would make old files look new.

/** A module progress record in a file: ModuleProgress plus its course. */
const exportedProgress = recordObject({
  courseId: idText,
  courseVersion: idText,
  moduleId: idText,
  contentHash: idText,
  openedAt: orNull(instant),
  lastOpenedAt: orNull(instant),
  readToEndAt: orNull(instant),
  completedAt: orNull(instant),
  // Anything but true means no review is needed, as before the field was checked.
  needsReview: z.boolean().catch(false),
  carriedFromVersion: orNull(idText),
  updatedAt: instant,
}) satisfies z.ZodType<ModuleProgress>;

const exportedPosition = recordObject({
  courseId: idText,
  courseVersion: idText,
  moduleId: idText,
  scrollFraction,
  updatedAt: instant,
}) satisfies z.ZodType<LastPosition>;

const exportedNote = recordObject({
  courseId: idText,
  moduleId: idText,
  courseVersion: idText,
  text: freeText(maxNoteLength),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<ModuleNote>;

const exportedBookmark = recordObject({
  courseId: idText,
  moduleId: idText,
  anchorId: idText,
  label: freeText(maxBookmarkTextLength),
  courseVersion: idText,
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<Bookmark>;

/** An accepted heartbeat in a file, with the credit it earned where it was recorded. */
const exportedHeartbeat = recordObject({
  beatId: idText,
  courseId: idText,
  courseVersion: idText,
  moduleId: idText,
  receivedAt: instant,
  clientSentAt: orNull(instant),
  creditedMs: instant.refine((ms) => ms <= fullCreditGapMs, {
    error: `is more than the ${fullCreditGapMs / 1000} seconds one heartbeat can credit.`,
  }),
});

// Who the records belonged to is for the reader only (importing never changes the target profile), so a name
// that is missing or not text reads as empty.
const learnerSection = recordObject({
  displayName: z.string().catch(''),
  certificateName: z.string().catch(''),
  credentials: z.string().catch(''),
});

/** One learner's records as a JSON document. All times are Unix milliseconds. PIN and audit log are not included. */
export const learnerRecordsFileSchema = recordObject({
  format: z.literal(learnerRecordsFormat, { error: 'is not that of a CE Player learner records export.' }),
  formatVersion: z.literal(learnerRecordsFormatVersion, {
    error: (issue) =>
      `says records format ${describeValue(issue.input)}, which this version of CE Player cannot read.`,
  }),
  exportedAt: instant,
  learner: learnerSection,
  moduleProgress: recordList(exportedProgress),
  positions: recordList(exportedPosition),
  notes: recordList(exportedNote),
  bookmarks: recordList(exportedBookmark),
  heartbeats: recordList(exportedHeartbeat),
});

export type LearnerRecordsFile = z.output<typeof learnerRecordsFileSchema>;
export type ExportedModuleProgress = z.output<typeof exportedProgress>;
export type ExportedHeartbeat = z.output<typeof exportedHeartbeat>;

/** Validates parsed JSON as a learner records file, with a plain message naming the first bad field. */
export function readLearnerRecordsFile(value: unknown): LearnerRecordsFile {
  return parseRecords(learnerRecordsFileSchema, value);
}
