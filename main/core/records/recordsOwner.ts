import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import { printedNameOf } from '../learners/learnerProfileRow';
import type { UnverifiedRecords } from './unverifiedImports';

/*
 * Whose study a records file holds. Its signature proves which installation wrote it, not who studied, so a
 * verified file counts only for the learner it was exported from, known by the name a certificate prints: the file
 * carries that name, an import into a profile printing another is refused, and every course the file touched
 * remembers it (imported_record_owners), so a certificate built on it prints that name even when the profile's
 * name changes after the import, and a certificate's name cannot be corrected to another.
 */

/** A printed name as compared: compatibility forms folded (NFKC), spacing collapsed, case ignored. */
function comparable(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');
}

/** True when two printed names are the same name, written with other capitals or spacing. */
export function samePrintedName(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/**
 * Refuses a verified file that names no learner, or whose learner prints another name than this profile (a profile
 * without a printed name yet may take it). Returns the name the file carries.
 */
export function requireRecordsOwner(db: LearnerDb, learnerId: string, records: UnverifiedRecords): string {
  const owner = records.learnerRecords?.learner.certificateName.trim() ?? '';
  if (owner === '') {
    throw new CoreError(
      'invalid_input',
      'This file names no learner: it was exported from a profile without a printed name, so nothing shows ' +
        'whose study it holds. On the computer that exported it, add the full name in Settings (Your details) ' +
        'and export again. Nothing was imported.',
    );
  }
  const current = (printedNameOf(db, learnerId) ?? '').trim();
  if (current !== '' && !samePrintedName(owner, current)) {
    throw new CoreError(
      'invalid_input',
      `This file holds the records of “${owner}”, and this profile prints “${current}” on certificates. ` +
        "Records count only for the learner who earned them: import the file into that learner's profile, or, " +
        'if it is your name written another way, change your printed name in Settings first. Nothing was imported.',
    );
  }
  return owner;
}

/** Every course a file holds any record of. */
function coursesIn(records: UnverifiedRecords): Set<string> {
  const learner = records.learnerRecords;
  const attempts = records.attemptRecords;
  return new Set(
    [
      ...(learner
        ? [learner.moduleProgress, learner.positions, learner.notes, learner.bookmarks, learner.heartbeats]
        : []),
      ...(attempts ? [attempts.attempts, attempts.evaluations, attempts.attestations] : []),
    ].flatMap((rows: readonly { courseId: string }[]) => rows.map((row) => row.courseId)),
  );
}

/** Remembers, for each course the verified file touched, the name of the learner it was exported from. */
export function rememberRecordsOwner(
  db: LearnerDb,
  learnerId: string,
  records: UnverifiedRecords,
  owner: string,
  now: number,
): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO imported_record_owners (learner_id, course_id, certificate_name, imported_at)
     VALUES (?, ?, ?, ?)`,
  );
  for (const courseId of coursesIn(records)) insert.run(learnerId, courseId, owner, now);
}

/**
 * The name records imported for this course were earned under, when `name` is not it; null when every import
 * agrees with it (or there is none). A certificate of this course may print only that name.
 */
export function importedUnderAnotherName(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  name: string,
): string | null {
  const owners = db
    .prepare('SELECT certificate_name FROM imported_record_owners WHERE learner_id = ? AND course_id = ?')
    .pluck()
    .all(learnerId, courseId) as string[];
  return owners.find((owner) => !samePrintedName(owner, name)) ?? null;
}

/**
 * The sentence for a certificate name that is not the one imported records were earned under; `hint`, if given,
 * goes before its full stop (where to change the name).
 */
export function anotherNameText(owner: string, name: string, hint = ''): string {
  return (
    `Records you imported for this course were earned under the name “${owner}”: a certificate built on them ` +
    `prints that name, not “${name}”${hint}.`
  );
}

/** Refuses a certificate name for the course that is not the one its imported records were earned under. */
export function requireImportedRecordsName(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  name: string,
): void {
  const owner = importedUnderAnotherName(db, learnerId, courseId, name);
  if (owner !== null) throw new CoreError('invalid_input', anotherNameText(owner, name));
}
