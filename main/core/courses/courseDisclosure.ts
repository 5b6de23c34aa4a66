import type { CourseDisclosure } from '../../contract/playerSchemas';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';

/*
 * A course's disclosures to the learner (ACCME Standard 6), and the learner's acknowledgement of them, once per
 * course version. The acknowledgement is a record of what the learner was shown before starting; it is no
 * completion rule, so the certificate and the transcript do not change with it.
 */

/** When the learner acknowledged this course version's disclosures, or null. */
export function disclosureAcknowledgedAt(
  db: LearnerDb,
  learnerId: string,
  course: Pick<CoursePackage, 'id' | 'version'>,
): number | null {
  const row = db
    .prepare(
      `SELECT acknowledged_at FROM disclosure_acknowledgements
       WHERE learner_id = ? AND course_id = ? AND course_version = ?`,
    )
    .get(learnerId, course.id, course.version) as { acknowledged_at: number } | undefined;
  return row?.acknowledged_at ?? null;
}

/** Records the acknowledgement (the first one stands) and returns when it was made. */
export function acknowledgeDisclosures(
  db: LearnerDb,
  learnerId: string,
  course: Pick<CoursePackage, 'id' | 'version'>,
  now: number,
): number {
  db.prepare(
    `INSERT INTO disclosure_acknowledgements (learner_id, course_id, course_version, acknowledged_at)
     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(learnerId, course.id, course.version, now);
  return disclosureAcknowledgedAt(db, learnerId, course) ?? now;
}

/** The disclosure block of a course that lists `people`, with the learner's acknowledgement; null otherwise. */
export function courseDisclosure(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
): CourseDisclosure | null {
  if (course.people === null) return null;
  return {
    people: course.people.map((person) => ({
      name: person.name,
      credentials: person.credentials,
      roles: person.roles,
      relationships:
        person.relationships === 'none'
          ? 'none'
          : person.relationships.map(({ company, nature }) => ({ company, nature })),
    })),
    mitigation: course.mitigation,
    commercialSupport:
      course.commercialSupport === null || course.commercialSupport === 'none'
        ? course.commercialSupport
        : course.commercialSupport.map(({ supporter, kind }) => ({ supporter, kind })),
    acknowledgedAt: disclosureAcknowledgedAt(db, learnerId, course),
  };
}
