import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import type { FontSize, Theme } from '../../contract/preferences';

/** A learner profile as the app shows it. The PIN hash never leaves the learners module. */
export interface LearnerProfile {
  readonly id: string;
  readonly displayName: string;
  readonly certificateName: string;
  /** Free text such as "MD", "RN" or "PsyD, LCSW". */
  readonly credentials: string;
  readonly licenseNumber: string | null;
  readonly licenseState: string | null;
  readonly email: string | null;
  readonly preferences: { readonly fontSize: FontSize; readonly theme: Theme };
  readonly hasPin: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** The public part of a profile, safe to show on the sign-in screen before anyone signs in. */
export interface LearnerSummary {
  readonly id: string;
  readonly displayName: string;
  readonly hasPin: boolean;
}

/** A row of the learners table. */
export interface LearnerRow {
  id: string;
  display_name: string;
  certificate_name: string;
  credentials: string;
  license_number: string | null;
  license_state: string | null;
  email: string | null;
  font_size: FontSize;
  theme: Theme;
  pin_hash: string | null;
  created_at: number;
  updated_at: number;
}

/** Maps a row to the profile shape, dropping the PIN hash. */
export function profileFromRow(row: LearnerRow): LearnerProfile {
  return {
    id: row.id,
    displayName: row.display_name,
    certificateName: row.certificate_name,
    credentials: row.credentials,
    licenseNumber: row.license_number,
    licenseState: row.license_state,
    email: row.email,
    preferences: { fontSize: row.font_size, theme: row.theme },
    hasPin: row.pin_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Reads a learner row or fails with not_found. */
export function requireLearnerRow(db: LearnerDb, learnerId: string): LearnerRow {
  const row = db.prepare('SELECT * FROM learners WHERE id = ?').get(learnerId) as LearnerRow | undefined;
  if (!row)
    throw new CoreError('not_found', 'That learner profile does not exist (it may have been deleted).');
  return row;
}

/** The name the learner's certificates print, as stored ('' until given); null when there is no such learner. */
export function printedNameOf(db: LearnerDb, learnerId: string): string | null {
  const name = db.prepare('SELECT certificate_name FROM learners WHERE id = ?').pluck().get(learnerId) as
    string | undefined;
  return name ?? null;
}

/** Fails with not_found unless the learner exists; every per-learner write calls this first. */
export function requireLearner(db: LearnerDb, learnerId: string): void {
  if (typeof learnerId !== 'string' || !db.prepare('SELECT 1 FROM learners WHERE id = ?').get(learnerId)) {
    throw new CoreError('not_found', 'That learner profile does not exist (it may have been deleted).');
  }
}
