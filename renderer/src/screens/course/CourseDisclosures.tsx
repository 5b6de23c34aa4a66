import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { formatDate, formatDateTime, formatHours, formatMinutes } from '../../app/displayFormats';
import { DisclosureBlock } from './DisclosureBlock';

/**
 * Everything a CE provider must disclose before the learner starts: audience, objectives, the people in control of
 * the content and their relationships (or the older faculty disclosures), time and credit, designation and
 * accreditation statements, dates, provider and disclaimer.
 */
export function CourseDisclosures({ course }: { course: CourseHome }) {
  return (
    <section aria-labelledby="course-about" className="disclosures">
      <h2 id="course-about">About this activity</h2>
      {course.audience && (
        <>
          <h3>Intended audience</h3>
          <p>{course.audience}</p>
        </>
      )}
      <h3>Learning objectives</h3>
      <p>After this activity you will be able to:</p>
      <ol>
        {course.objectives.map((objective, index) => (
          <li key={index}>{objective}</li>
        ))}
      </ol>
      {course.disclosure && (
        <>
          <DisclosureBlock disclosure={course.disclosure} />
          {course.disclosure.acknowledgedAt !== null && (
            <p className="acknowledged">
              You confirmed reading these disclosures on {formatDateTime(course.disclosure.acknowledgedAt)}.
            </p>
          )}
        </>
      )}
      {course.faculty.length > 0 && (
        <>
          <h3>Faculty and disclosures</h3>
          <ul className="faculty-list">
            {course.faculty.map((person, index) => (
              <li key={index}>
                <strong>
                  {person.name}
                  {person.credentials && `, ${person.credentials}`}
                </strong>
                {person.disclosure && <p>Disclosure: {person.disclosure}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Time, credit and dates</h3>
      <dl className="facts">
        <div>
          <dt>Estimated time</dt>
          <dd>{formatMinutes(course.estimatedMinutes)}</dd>
        </div>
        <div>
          <dt>Credit designated</dt>
          <dd>{formatHours(course.creditHours)}</dd>
        </div>
        <div>
          <dt>Released</dt>
          <dd>{formatDate(course.releaseDate)}</dd>
        </div>
        <div>
          <dt>Content last reviewed</dt>
          <dd>{formatDate(course.reviewDate)}</dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>{formatDate(course.expiryDate)}</dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>{course.version}</dd>
        </div>
      </dl>
      {course.designations.map((designation, index) => (
        <p key={index}>
          <strong>{designation.type}:</strong> {designation.statement}
        </p>
      ))}
      <h3>Provider and accreditation</h3>
      <p>
        {course.provider.name}
        {course.provider.address && `, ${course.provider.address}`}
        {course.provider.contact && ` (contact: ${course.provider.contact})`}
      </p>
      <p className="accreditation">{course.accreditationStatement ?? 'This activity is not accredited.'}</p>
      {course.disclaimer && (
        <>
          <h3>Disclaimer</h3>
          <p className="disclaimer">{course.disclaimer}</p>
        </>
      )}
    </section>
  );
}
