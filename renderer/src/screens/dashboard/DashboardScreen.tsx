import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { formatMinutes } from '../../app/displayFormats';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../app/StatusMessage';
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
            <dl className="facts">
              <div>
                <dt>Modules done</dt>
                <dd>
                  {value.modulesDone} of {value.modulesTotal}
                </dd>
              </div>
              <div>
                <dt>Time recorded</dt>
                <dd>{formatMinutes(value.recordedMinutes)}</dd>
              </div>
              <div>
                <dt>Estimated time</dt>
                <dd>{formatMinutes(value.estimatedMinutes)}</dd>
              </div>
              <div>
                <dt>Minimum time for a certificate</dt>
                <dd>{formatMinutes(value.requiredMinutes)}</dd>
              </div>
            </dl>
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
