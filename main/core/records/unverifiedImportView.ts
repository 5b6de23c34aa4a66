import type { UnverifiedImportView } from '../../contract/recordsSchemas';
import type { ExportedAttempt } from '../attempts/attemptRecordsFormat';
import type { CourseLibrary } from '../library/courseLibrary';
import { unverifiedExplanation } from './recordsSignature';
import type { UnverifiedImport } from './unverifiedImports';

type CourseRecords = UnverifiedImportView['courses'][number];

/** The courses a file names, each with what the file claims for it, in the order they first appear. */
function courseSummaries(library: CourseLibrary, entry: UnverifiedImport): CourseRecords[] {
  const { learnerRecords, attemptRecords } = entry.records;
  const courses = new Map<string, CourseRecords & { passedModules: Set<string> }>();
  const course = (courseId: string, courseVersion: string) => {
    const key = `${courseId}\u0000${courseVersion}`;
    let found = courses.get(key);
    if (!found) {
      const title =
        library.findVersion(courseId, courseVersion)?.title ??
        library.list().find((listed) => listed.available && listed.id === courseId)?.title;
      found = {
        courseId,
        courseVersion,
        courseTitle: title ?? courseId,
        modulesRead: 0,
        moduleQuizzesPassed: 0,
        postTestBestScore: null,
        evaluationSubmitted: false,
        claimedHours: null,
        claimedStudyMinutes: 0,
        passedModules: new Set(),
      };
      courses.set(key, found);
    }
    return found;
  };
  for (const row of learnerRecords?.moduleProgress ?? []) {
    if (row.readToEndAt !== null) course(row.courseId, row.courseVersion).modulesRead += 1;
  }
  for (const beat of learnerRecords?.heartbeats ?? []) {
    course(beat.courseId, beat.courseVersion).claimedStudyMinutes += beat.creditedMs / 60_000;
  }
  const submitted = (attemptRecords?.attempts ?? []).filter(
    (attempt): attempt is ExportedAttempt & { score: number } => attempt.status === 'submitted',
  );
  for (const attempt of submitted) {
    const summary = course(attempt.courseId, attempt.courseVersion);
    if (attempt.kind === 'post-test') {
      summary.postTestBestScore = Math.max(summary.postTestBestScore ?? 0, attempt.score);
    } else if (attempt.passed && attempt.moduleId !== null) {
      summary.passedModules.add(attempt.moduleId);
    }
  }
  for (const evaluation of attemptRecords?.evaluations ?? []) {
    course(evaluation.courseId, evaluation.courseVersion).evaluationSubmitted = true;
  }
  for (const attestation of attemptRecords?.attestations ?? []) {
    course(attestation.courseId, attestation.courseVersion).claimedHours = attestation.claimedHours;
  }
  return [...courses.values()].map(({ passedModules, ...summary }) => ({
    ...summary,
    moduleQuizzesPassed: passedModules.size,
  }));
}

/** An unverified import as the learner sees it: when, why it counts for nothing, and what it claims per course. */
export function unverifiedImportView(library: CourseLibrary, entry: UnverifiedImport): UnverifiedImportView {
  return {
    importedAt: entry.importedAt,
    exportedAt: entry.exportedAt,
    reason: entry.reason,
    explanation: unverifiedExplanation(entry.reason, entry.signerKey),
    signerKey: entry.signerKey,
    courses: courseSummaries(library, entry),
    notes: entry.records.learnerRecords?.notes.length ?? 0,
    bookmarks: entry.records.learnerRecords?.bookmarks.length ?? 0,
  };
}
