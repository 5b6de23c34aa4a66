import fs from 'node:fs';

/*
 * A write the disk refused, in words for the learner. SQLite reports a read-only database or file system as
 * SQLITE_READONLY (or an I/O error carrying EROFS), a full disk as SQLITE_FULL, and Node's own file writes say
 * EROFS, ENOSPC, EDQUOT or EACCES; none of these is a bug, so none may reach the screen as "internal".
 */

const notRecorded = 'Your study is not being recorded.';

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The plain-words reason a write failed for lack of a writable disk, or null when the failure is something else. */
export function describeStorageFailure(error: unknown): string | null {
  const code = codeOf(error);
  const text = error instanceof Error ? error.message : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || /disk is full/i.test(text)) {
    return `CE Player cannot save your work: the disk that holds your records is full. ${notRecorded} Free some space on that disk (or ask clinic IT to), then try again.`;
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return `CE Player cannot save your work: your records are read-only (a write-protected drive, or a folder this account may not change). ${notRecorded} Ask clinic IT to make the data folder writable, then restart CE Player.`;
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return `CE Player cannot save your work: the disk that holds your records reported an error (${code}). ${notRecorded} Restart CE Player; if it happens again, ask clinic IT to check the disk.`;
  }
  return null;
}

/**
 * Why the database file or its folder cannot be written, in the same words, or null when both can. Checked at
 * start, where SQLite quietly opens a write-protected database read-only.
 */
export function unwritableReason(paths: readonly string[]): string | null {
  for (const target of paths) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT') continue;
      return describeStorageFailure(error);
    }
  }
  return null;
}
