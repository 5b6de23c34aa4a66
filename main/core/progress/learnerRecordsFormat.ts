import { CoreError } from '../coreError';
import type { Bookmark } from './bookmarks';
import type { LastPosition } from './lastPosition';
import { readScrollFraction } from './lastPosition';
import type { ModuleProgress } from './moduleProgress';
import { maxNoteLength } from './moduleNotes';
import type { ModuleNote } from './moduleNotes';
import { readFreeText, readId, readInstant } from './progressInput';
import { fullCreditGapMs } from './timeOnTask';

/** The `format` marker of a learner records file. */
export const learnerRecordsFormat = 'ce-player.learner-records';
/** The version of the file layout this build writes and reads. */
export const learnerRecordsFormatVersion = 1;

/** A module progress record in a file: ModuleProgress plus its course. */
export interface ExportedModuleProgress extends ModuleProgress {
  readonly courseId: string;
  readonly courseVersion: string;
}

/** An accepted heartbeat in a file, with the credit it earned where it was recorded. */
export interface ExportedHeartbeat {
  readonly beatId: string;
  readonly courseId: string;
  readonly courseVersion: string;
  readonly moduleId: string;
  readonly receivedAt: number;
  readonly clientSentAt: number | null;
  readonly creditedMs: number;
}

/** One learner's records as a JSON document. All times are Unix milliseconds. PIN and audit log are not included. */
export interface LearnerRecordsFile {
  readonly format: typeof learnerRecordsFormat;
  readonly formatVersion: typeof learnerRecordsFormatVersion;
  readonly exportedAt: number;
  /** Who the records belonged to, for the reader; importing never changes the target profile. */
  readonly learner: {
    readonly displayName: string;
    readonly certificateName: string;
    readonly credentials: string;
  };
  readonly moduleProgress: readonly ExportedModuleProgress[];
  readonly positions: readonly LastPosition[];
  readonly notes: readonly ModuleNote[];
  readonly bookmarks: readonly Bookmark[];
  readonly heartbeats: readonly ExportedHeartbeat[];
}

type Fields = Record<string, unknown>;

function fail(where: string, problem: string): never {
  throw new CoreError('invalid_input', `This is not a usable CE Player records file: ${where} ${problem}.`);
}

function asObject(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'is not an object');
  return value as Fields;
}

function asList(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'is not a list');
  return value;
}

function withWhere<T>(where: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CoreError) fail(where, `is invalid (${error.message})`);
    throw error;
  }
}

function optionalInstant(value: unknown, label: string): number | null {
  return value === null || value === undefined ? null : readInstant(value, label);
}

function readProgress(value: unknown): ExportedModuleProgress {
  const f = asObject(value, 'a module progress record');
  return {
    courseId: readId(f.courseId, 'Course id'),
    courseVersion: readId(f.courseVersion, 'Course version'),
    moduleId: readId(f.moduleId, 'Module id'),
    contentHash: readId(f.contentHash, 'Content hash'),
    openedAt: optionalInstant(f.openedAt, 'Opened at'),
    lastOpenedAt: optionalInstant(f.lastOpenedAt, 'Last opened at'),
    readToEndAt: optionalInstant(f.readToEndAt, 'Read to end at'),
    completedAt: optionalInstant(f.completedAt, 'Completed at'),
    needsReview: f.needsReview === true,
    carriedFromVersion:
      f.carriedFromVersion == null ? null : readId(f.carriedFromVersion, 'Carried from version'),
    updatedAt: readInstant(f.updatedAt, 'Updated at'),
  };
}

function readPosition(value: unknown): LastPosition {
  const f = asObject(value, 'a position');
  return {
    courseId: readId(f.courseId, 'Course id'),
    courseVersion: readId(f.courseVersion, 'Course version'),
    moduleId: readId(f.moduleId, 'Module id'),
    scrollFraction: readScrollFraction(f.scrollFraction),
    updatedAt: readInstant(f.updatedAt, 'Updated at'),
  };
}

function readNote(value: unknown): ModuleNote {
  const f = asObject(value, 'a note');
  return {
    courseId: readId(f.courseId, 'Course id'),
    moduleId: readId(f.moduleId, 'Module id'),
    courseVersion: readId(f.courseVersion, 'Course version'),
    text: readFreeText(f.text, 'Note', maxNoteLength),
    createdAt: readInstant(f.createdAt, 'Created at'),
    updatedAt: readInstant(f.updatedAt, 'Updated at'),
  };
}

function readBookmark(value: unknown): Bookmark {
  const f = asObject(value, 'a bookmark');
  return {
    courseId: readId(f.courseId, 'Course id'),
    moduleId: readId(f.moduleId, 'Module id'),
    anchorId: readId(f.anchorId, 'Heading id'),
    label: readFreeText(f.label, 'Bookmark label', 200),
    courseVersion: readId(f.courseVersion, 'Course version'),
    createdAt: readInstant(f.createdAt, 'Created at'),
    updatedAt: readInstant(f.updatedAt, 'Updated at'),
  };
}

function readHeartbeat(value: unknown): ExportedHeartbeat {
  const f = asObject(value, 'a heartbeat');
  const creditedMs = readInstant(f.creditedMs, 'Credited time');
  if (creditedMs > fullCreditGapMs)
    fail('a heartbeat', `credits more than ${fullCreditGapMs / 1000} seconds`);
  return {
    beatId: readId(f.beatId, 'Heartbeat id'),
    courseId: readId(f.courseId, 'Course id'),
    courseVersion: readId(f.courseVersion, 'Course version'),
    moduleId: readId(f.moduleId, 'Module id'),
    receivedAt: readInstant(f.receivedAt, 'Received at'),
    clientSentAt: f.clientSentAt == null ? null : readInstant(f.clientSentAt, 'Client time'),
    creditedMs,
  };
}

/** Validates parsed JSON as a learner records file, with a plain message naming the first problem. */
export function readLearnerRecordsFile(value: unknown): LearnerRecordsFile {
  const f = asObject(value, 'the file');
  if (f.format !== learnerRecordsFormat) fail('the file', 'is not a CE Player learner records export');
  if (f.formatVersion !== learnerRecordsFormatVersion) {
    fail('the file', `uses records format ${String(f.formatVersion)}, which this version cannot read`);
  }
  const learner = asObject(f.learner, 'the learner section');
  const list = <T>(key: string, read: (item: unknown) => T): T[] =>
    asList(f[key], key).map((item, index) => withWhere(`${key} item ${index + 1}`, () => read(item)));
  return {
    format: learnerRecordsFormat,
    formatVersion: learnerRecordsFormatVersion,
    exportedAt: withWhere('exportedAt', () => readInstant(f.exportedAt, 'Exported at')),
    learner: {
      displayName: typeof learner.displayName === 'string' ? learner.displayName : '',
      certificateName: typeof learner.certificateName === 'string' ? learner.certificateName : '',
      credentials: typeof learner.credentials === 'string' ? learner.credentials : '',
    },
    moduleProgress: list('moduleProgress', readProgress),
    positions: list('positions', readPosition),
    notes: list('notes', readNote),
    bookmarks: list('bookmarks', readBookmark),
    heartbeats: list('heartbeats', readHeartbeat),
  };
}
