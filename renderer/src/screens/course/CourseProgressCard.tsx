import { useId } from 'react';
import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { StudyTimeFacts } from '../../ui/StudyTimeFacts';
import { ResumeLink } from './ResumeLink';

/**
 * What the course home leads with: Start or Continue, and the learner's progress (modules done, and the study
 * time under the names every screen uses for it). On the first start it points to the reading that comes first.
 */
export function CourseProgressCard({ course, firstStart }: { course: CourseHome; firstStart: boolean }) {
  const labelId = useId();
  return (
    <section aria-labelledby="course-progress" className="card course-progress-card">
      <h2 id="course-progress">Your progress</h2>
      <ResumeLink course={course} />
      {firstStart && (
        <p>
          Before you start, read what this course covers, its learning objectives and the disclosures below
          {course.disclosure ? ', and confirm that you have read the disclosures' : ''}.
        </p>
      )}
      <p id={labelId} className="progress-label">
        Modules done: {course.modulesDone} of {course.modulesTotal}
      </p>
      <progress
        className="progress"
        aria-labelledby={labelId}
        max={course.modulesTotal}
        value={course.modulesDone}
      />
      <StudyTimeFacts times={course} />
    </section>
  );
}
