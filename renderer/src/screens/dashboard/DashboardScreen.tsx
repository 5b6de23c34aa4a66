import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { FactList } from '../../ui/FactList';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../ui/StatusMessage';
import { StudyTimeFacts } from '../../ui/StudyTimeFacts';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { IssuedCertificateNote } from '../certificate/IssuedCertificateNote';
import { ScoreChart } from './ScoreChart';

/** The learner's progress in one course: modules done, time recorded, quiz scores and certificate status. */
export function DashboardScreen({ courseId }: { courseId: string }) {
  const dashboard = useChannel('courses.dashboard', { courseId }, courseId);
  const headingRef = useScreenFocus<HTMLHeadingElement>(`dashboard:${courseId}`);
  const value = dashboard.status === 'ready' ? dashboard.value : null;
  return (
    <>
      <CourseBreadcrumb courseId={courseId} courseTitle={value?.title} />
      <h1 ref={headingRef} tabIndex={-1}>
        Dashboard
      </h1>
      <StatusMessage state={dashboard} what="your progress" />
      {value && (
        <>
          <p className="lead">{value.title}</p>
          <section aria-labelledby="dashboard-progress" className="card">
            <h2 id="dashboard-progress">Progress</h2>
            <FactList facts={[['Modules done', `${value.modulesDone} of ${value.modulesTotal}`]]} />
            <StudyTimeFacts times={value} />
          </section>
          <section aria-labelledby="dashboard-scores">
            <h2 id="dashboard-scores">Quiz scores</h2>
            <ScoreChart attempts={value.attempts} />
          </section>
          <section aria-labelledby="dashboard-certificate" className="card">
            <h2 id="dashboard-certificate">Certificate</h2>
            {value.certificate ? (
              <IssuedCertificateNote courseId={courseId} certificate={value.certificate} />
            ) : (
              <>
                <p>{value.certificateStatus}</p>
                <p>
                  <a href={routeHref({ screen: 'certificate', courseId })}>
                    Your certificate for this course
                  </a>
                </p>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
