import { endianness } from 'node:os';
import { fileSize, readFileStart } from './databaseFiles';

// The wal-index header at the start of -shm: version 3007000 at offset 0, mxFrame (frames in the WAL) at 16,
// both in the machine's native byte order.
const walIndexVersion = 3007000;

/**
 * True when the -shm file says the write-ahead log held committed changes but the -wal file is gone:
 * those changes cannot be recovered, and the learner should hear that the last minutes may be missing.
 * Must run before SQLite opens the database, because opening rebuilds the -shm.
 */
export function walWentMissing(databasePath: string): boolean {
  const walSize = fileSize(`${databasePath}-wal`);
  if (walSize !== undefined && walSize > 0) return false;
  const shmSize = fileSize(`${databasePath}-shm`);
  if (shmSize === undefined || shmSize < 48) return false;
  const header = readFileStart(`${databasePath}-shm`, 48);
  const readU32 = (offset: number): number =>
    endianness() === 'LE' ? header.readUInt32LE(offset) : header.readUInt32BE(offset);
  return readU32(0) === walIndexVersion && readU32(16) > 0;
}

/** The notice for a missing write-ahead log. */
export const missingWalNotice =
  'Part of your learning records file (its recent-changes file) was missing when CE Player started. ' +
  'Your records opened as of their last save point, so activity from the last few minutes before CE Player ' +
  'was closed may be missing.';
