import { randomUUID } from 'node:crypto';
import { CoreError } from '../coreError';
import { learnerActor, writeAuditEntry } from '../db/auditLog';
import type { LearnerDb } from '../db/learnerDatabase';
import type { FontSize, Theme } from '../../contract/preferences';
import { newProfileFields, profilePatchFields, readProfileInput } from './learnerProfileInput';
import { profileFromRow, requireLearnerRow } from './learnerProfileRow';
import type { LearnerProfile, LearnerRow, LearnerSummary } from './learnerProfileRow';
import { namesLookAlike } from './lookAlikeNames';
import { hashPin, readPin } from './pinHash';

/** What a new profile needs; only the display name is required. */
export interface NewLearnerProfile {
  readonly displayName: string;
  /** Left blank when not given: a certificate needs it, so the learner gives it before one is issued. */
  readonly certificateName?: string;
  readonly credentials?: string;
  readonly licenseNumber?: string | null;
  readonly licenseState?: string | null;
  readonly email?: string | null;
  readonly preferences?: { readonly fontSize?: FontSize; readonly theme?: Theme };
  readonly pin?: string;
}

/** A correction to a profile. Omitted fields stay; null (or blank) clears an optional field. */
export interface LearnerProfilePatch {
  readonly displayName?: string;
  readonly certificateName?: string;
  readonly credentials?: string;
  readonly licenseNumber?: string | null;
  readonly licenseState?: string | null;
  readonly email?: string | null;
  readonly preferences?: { readonly fontSize?: FontSize; readonly theme?: Theme };
}

type ProfileColumns = Pick<
  LearnerRow,
  | 'display_name'
  | 'certificate_name'
  | 'credentials'
  | 'license_number'
  | 'license_state'
  | 'email'
  | 'font_size'
  | 'theme'
>;

/**
 * Refuses a display name that another profile has, or that would look the same as another's on the sign-in list
 * (other capitals, or look-alike letters from other scripts: lookAlikeNames.ts).
 */
function assertNameFree(db: LearnerDb, displayName: string, exceptId: string | null): void {
  const others = db
    .prepare('SELECT display_name FROM learners WHERE id IS NOT ?')
    .pluck()
    .all(exceptId) as string[];
  const taken = others.find((other) => namesLookAlike(other, displayName));
  if (taken === undefined) return;
  throw new CoreError(
    'conflict',
    taken === displayName
      ? `A profile named "${displayName}" already exists. Choose a different profile name.`
      : `Profile name "${displayName}" looks the same as "${taken}", which already exists; on the sign-in list ` +
          'the two could be mistaken for each other. Choose a name that looks different.',
  );
}

/** Creates a profile (with an optional PIN) and returns it. Display names are unique, ignoring case. */
export function createLearnerProfile(
  db: LearnerDb,
  input: NewLearnerProfile,
  now: number = Date.now(),
): LearnerProfile {
  const profile = readProfileInput(newProfileFields, input);
  const displayName = profile.displayName;
  const columns: ProfileColumns = {
    display_name: displayName,
    certificate_name: profile.certificateName ?? '',
    credentials: profile.credentials,
    license_number: profile.licenseNumber,
    license_state: profile.licenseState,
    email: profile.email,
    font_size: profile.preferences.fontSize,
    theme: profile.preferences.theme,
  };
  const pinHash = input.pin === undefined ? null : hashPin(readPin(input.pin));
  const id = randomUUID();
  db.transaction(() => {
    assertNameFree(db, displayName, null);
    db.prepare(
      `INSERT INTO learners (id, display_name, certificate_name, credentials, license_number, license_state, email,
         font_size, theme, pin_hash, created_at, updated_at)
       VALUES (@id, @display_name, @certificate_name, @credentials, @license_number, @license_state, @email,
         @font_size, @theme, @pin_hash, @now, @now)`,
    ).run({ ...columns, id, pin_hash: pinHash, now });
    writeAuditEntry(db, {
      learnerId: id,
      actor: learnerActor(id),
      action: 'profile.created',
      at: now,
      after: { hasPin: pinHash !== null },
    });
  }).immediate();
  return getLearnerProfile(db, id);
}

/** Public fields of every profile, for the sign-in screen, sorted by name. */
export function listLearnerProfiles(db: LearnerDb): LearnerSummary[] {
  const rows = db
    .prepare(
      'SELECT id, display_name, pin_hash IS NOT NULL AS has_pin FROM learners ORDER BY display_name COLLATE NOCASE',
    )
    .all() as { id: string; display_name: string; has_pin: number }[];
  return rows.map((row) => ({ id: row.id, displayName: row.display_name, hasPin: row.has_pin === 1 }));
}

/** The full profile of one learner (never the PIN hash). */
export function getLearnerProfile(db: LearnerDb, learnerId: string): LearnerProfile {
  return profileFromRow(requireLearnerRow(db, learnerId));
}

function patchedColumns(current: LearnerRow, patch: LearnerProfilePatch): ProfileColumns {
  const read = readProfileInput(profilePatchFields, patch);
  const optional = (value: string | null | undefined, old: string | null) =>
    value === undefined ? old : value;
  return {
    display_name: read.displayName ?? current.display_name,
    certificate_name: read.certificateName ?? current.certificate_name,
    credentials: read.credentials ?? current.credentials,
    license_number: optional(read.licenseNumber, current.license_number),
    license_state: optional(read.licenseState, current.license_state),
    email: optional(read.email, current.email),
    font_size: read.preferences?.fontSize ?? current.font_size,
    theme: read.preferences?.theme ?? current.theme,
  };
}

/**
 * Corrects a learner's own profile. The audit log records which fields changed (never their values); a patch
 * that changes nothing writes nothing.
 */
export function updateLearnerProfile(
  db: LearnerDb,
  learnerId: string,
  patch: LearnerProfilePatch,
  now: number = Date.now(),
): LearnerProfile {
  db.transaction(() => {
    const current = requireLearnerRow(db, learnerId);
    const next = patchedColumns(current, patch);
    const changed = (Object.keys(next) as (keyof ProfileColumns)[]).filter(
      (key) => next[key] !== current[key],
    );
    if (changed.length === 0) return;
    if (changed.includes('display_name')) assertNameFree(db, next.display_name, learnerId);
    db.prepare(
      `UPDATE learners SET display_name = @display_name, certificate_name = @certificate_name,
         credentials = @credentials, license_number = @license_number, license_state = @license_state,
         email = @email, font_size = @font_size, theme = @theme, updated_at = @now
       WHERE id = @id`,
    ).run({ ...next, now, id: learnerId });
    writeAuditEntry(db, {
      learnerId,
      actor: learnerActor(learnerId),
      action: 'profile.updated',
      at: now,
      after: { fields: changed.sort() },
    });
  }).immediate();
  return getLearnerProfile(db, learnerId);
}
