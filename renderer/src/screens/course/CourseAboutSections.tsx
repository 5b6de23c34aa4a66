import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { CollapsibleSection } from '../../ui/CollapsibleSection';
import { CourseDisclosures } from './CourseDisclosures';

/**
 * What the course is, what it teaches and what the provider discloses, as three sections the learner can fold
 * away. They are open on the first start (required reading before the course) and closed afterwards, when the
 * learner comes back to study.
 */
export function CourseAboutSections({
  course,
  firstStart,
  asking,
}: {
  course: CourseHome;
  firstStart: boolean;
  /** True while the block asking to confirm the disclosures is on the page. */
  asking: boolean;
}) {
  return (
    <div className="course-about">
      <CollapsibleSection id="course-summary" title="About this course" initiallyOpen={firstStart}>
        <div className="summary" dangerouslySetInnerHTML={{ __html: course.summaryHtml }} />
        {course.audience && (
          <>
            <h3>Intended audience</h3>
            <p>{course.audience}</p>
          </>
        )}
      </CollapsibleSection>
      <CollapsibleSection id="course-objectives" title="Learning objectives" initiallyOpen={firstStart}>
        <p>After this activity you will be able to:</p>
        <ol>
          {course.objectives.map((objective, index) => (
            <li key={index}>{objective}</li>
          ))}
        </ol>
      </CollapsibleSection>
      <CollapsibleSection id="course-about" title="About this activity" initiallyOpen={firstStart}>
        <CourseDisclosures course={course} asking={asking} />
      </CollapsibleSection>
    </div>
  );
}
