/** How a failure from SQLite should be handled when opening the learner database. */
export type SqliteFailureKind = 'damaged' | 'busy' | 'other';

function sqliteCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return '';
}

/**
 * Sorts an open/read failure: only real damage (CORRUPT, NOTADB) may trigger recovery. A locked or
 * unreadable file must never be moved aside, because the records in it may be perfectly healthy.
 */
export function classifySqliteFailure(error: unknown): SqliteFailureKind {
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  return 'other';
}

/** A short reason for the error, for messages aimed at clinic IT. */
export function describeSqliteFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
