import { FactList } from '../../ui/FactList';
import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { formatDate, formatDateTime, formatHours, formatMinutes } from '../../ui/displayFormats';
import { studyTimeWords } from '../../ui/studyTimeWords';
import { DisclosureBlock } from './DisclosureBlock';

/**
 * The rest of what a CE provider must disclose before the learner starts (the summary and objectives have their
 * own sections): the people in control of the content and their relationships (or the older faculty disclosures),
 * time and credit, designation and accreditation statements, dates, provider and disclaimer. While the learner
 * still has to confirm the disclosures, the block that asks for it shows the people; they are not repeated here.
 */
export function CourseDisclosures({ course, asking }: { course: CourseHome; asking: boolean }) {
  return (
    <div className="disclosures">
      {course.disclosure && !asking && (
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
      <FactList
        facts={[
          [studyTimeWords.estimated.label, formatMinutes(course.estimatedMinutes)],
          ['Credit designated', formatHours(course.creditHours)],
          ['Released', formatDate(course.releaseDate)],
          ['Content last reviewed', formatDate(course.reviewDate)],
          ['Expires', formatDate(course.expiryDate)],
          ['Version', course.version],
        ]}
      />
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
    </div>
  );
}
