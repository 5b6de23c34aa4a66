import type { UnverifiedImportView } from '../../../../main/contract/recordsSchemas';
import { formatDateTime, formatHours, formatMinutes, formatPercent } from '../../ui/displayFormats';
import { FactList } from '../../ui/FactList';

const reasonTitles: Record<UnverifiedImportView['reason'], string> = {
  unsigned: 'unsigned file',
  untrusted: 'signed by a computer this one does not trust',
  tampered: 'changed after it was exported',
};

/** One unverified file: when it came in, why it counts for nothing, and what it claims for each course. */
function UnverifiedImport({ entry, index }: { entry: UnverifiedImportView; index: number }) {
  const headingId = `unverified-import-${index}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Imported {formatDateTime(entry.importedAt)}: not verified, counts toward no certificate
      </h3>
      <p>{entry.explanation}</p>
      <FactList
        facts={[
          ['Why', reasonTitles[entry.reason]],
          ['Exported', entry.exportedAt === null ? 'Not stated' : formatDateTime(entry.exportedAt)],
          ['Notes in the file', entry.notes],
          ['Bookmarks in the file', entry.bookmarks],
        ]}
      />
      {entry.courses.length > 0 && (
        <div className="table-scroll">
          <table className="data-table transcript-table">
            <caption>What the file states (not verified)</caption>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Version</th>
                <th scope="col">Modules read</th>
                <th scope="col">Quizzes passed</th>
                <th scope="col">Best post-test</th>
                <th scope="col">Evaluation</th>
                <th scope="col">Hours claimed</th>
                <th scope="col">Study time</th>
              </tr>
            </thead>
            <tbody>
              {entry.courses.map((course) => (
                <tr key={`${course.courseId}@${course.courseVersion}`}>
                  <th scope="row">{course.courseTitle}</th>
                  <td>{course.courseVersion}</td>
                  <td>{course.modulesRead}</td>
                  <td>{course.moduleQuizzesPassed}</td>
                  <td>{course.postTestBestScore === null ? '—' : formatPercent(course.postTestBestScore)}</td>
                  <td>{course.evaluationSubmitted ? 'Submitted' : '—'}</td>
                  <td>{course.claimedHours === null ? '—' : formatHours(course.claimedHours)}</td>
                  <td>{formatMinutes(course.claimedStudyMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The records files this learner imported that could not be verified. They are kept so the learner can see them,
 * and are marked plainly: nothing in them counts toward a certificate or appears in the transcript.
 */
export function UnverifiedImports({ imports }: { imports: readonly UnverifiedImportView[] }) {
  if (imports.length === 0) return null;
  return (
    <section aria-labelledby="unverified-imports">
      <h2 id="unverified-imports">Imported, not verified</h2>
      <p>
        These records came from files this computer could not verify. They are kept for you to see and count
        toward no certificate. To have them count, ask IT to trust the computer that exported them, then
        import a file exported there with this version of CE Player, unchanged.
      </p>
      {imports.map((entry, index) => (
        <UnverifiedImport key={`${entry.importedAt}-${index}`} entry={entry} index={index} />
      ))}
    </section>
  );
}
