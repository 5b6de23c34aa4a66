import type BetterSqlite3 from 'better-sqlite3';

/** The open learner database connection (better-sqlite3). Every time column in it holds Unix milliseconds. */
export type LearnerDb = BetterSqlite3.Database;

/** The file name of the one learner database inside the data directory. */
export const databaseFileName = 'ce-player.sqlite';
