import { useEffect, useRef, useState } from 'react';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CourseSearchForm } from '../search/CourseSearchForm';
import { AcknowledgeDisclosures } from './AcknowledgeDisclosures';
import { CertificateProgress } from './CertificateProgress';
import { CourseAboutSections } from './CourseAboutSections';
import { CourseProgressCard } from './CourseProgressCard';
import { ModuleStatusList } from './ModuleStatusList';
import { PostTestCard } from './PostTestCard';

/**
 * A course's home page. It leads with Start or Continue and the learner's progress; then what the course is, its
 * objectives and what the provider discloses, in sections open on the first start and folded afterwards; on the
 * first start of a course that lists people, the disclosures to confirm; each module's status; the post-test;
 * and the certificate.
 */
export function CourseScreen({ courseId }: { courseId: string }) {
  const home = useChannel('courses.home', { courseId }, courseId);
  const [acknowledgedAt, setAcknowledgedAt] = useState<number | null>(null);
  const acknowledgedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => acknowledgedRef.current?.focus(), [acknowledgedAt]);
  const headingRef = useScreenFocus<HTMLHeadingElement>(`course:${courseId}:${home.status}`);
  if (home.status !== 'ready') {
    return (
      <>
        <CourseBreadcrumb courseId={courseId} />
        <h1 ref={headingRef} tabIndex={-1}>
          Course
        </h1>
        <StatusMessage state={home} what="this course" />
      </>
    );
  }
  const loaded = home.value;
  // The acknowledgement just made is shown at once, without asking for the whole home again.
  const course =
    loaded.disclosure && acknowledgedAt !== null
      ? { ...loaded, disclosure: { ...loaded.disclosure, acknowledgedAt } }
      : loaded;
  const toAcknowledge = course.disclosure?.acknowledgedAt === null ? course.disclosure : null;
  // The first start: disclosures still to confirm, or (a course without them) no module opened yet.
  const firstStart = toAcknowledge !== null || course.modules.every((module) => !module.opened);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ screen: 'library' })}>Course library</a>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        {course.title}
      </h1>
      {course.subtitle && <p className="lead">{course.subtitle}</p>}
      {course.expired && (
        <p className="notice notice-warning">
          This course has passed its expiry date. You can still study it, but no certificate can be issued for
          it.
        </p>
      )}
      <CourseProgressCard course={course} firstStart={firstStart} />
      <CourseAboutSections course={course} firstStart={firstStart} asking={toAcknowledge !== null} />
      {toAcknowledge && (
        <AcknowledgeDisclosures
          courseId={courseId}
          disclosure={toAcknowledge}
          onAcknowledged={setAcknowledgedAt}
        />
      )}
      {acknowledgedAt !== null && (
        <p ref={acknowledgedRef} tabIndex={-1} className="notice notice-success">
          Thank you: your reading of the disclosures is recorded. You can start the course.
        </p>
      )}
      <ModuleStatusList course={course} />
      {course.postTest && (
        <PostTestCard courseId={courseId} postTest={course.postTest} modules={course.modules} />
      )}
      <CertificateProgress course={course} />
      <nav aria-label="Course tools" className="course-tools">
        <ul>
          {course.hasReferences && (
            <li>
              <a href={routeHref({ screen: 'references', courseId, anchor: null })}>References</a>
            </li>
          )}
          <li>
            <a href={routeHref({ screen: 'search', courseId, query: '' })}>Search</a>
          </li>
          <li>
            <a href={routeHref({ screen: 'dashboard', courseId })}>Dashboard</a>
          </li>
          <li>
            <a href={routeHref({ screen: 'certificate', courseId })}>Certificate</a>
          </li>
        </ul>
      </nav>
      <CourseSearchForm courseId={courseId} />
    </>
  );
}
