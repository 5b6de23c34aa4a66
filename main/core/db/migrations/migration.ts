import type { LearnerDb } from '../learnerDatabase';

/**
 * One schema step. `up` runs inside a transaction that also sets PRAGMA user_version to `version`,
 * so a step is applied completely or not at all.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: LearnerDb) => void;
}
