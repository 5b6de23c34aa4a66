import type { CompletionStep } from '../../../../main/contract/playerSchemas';
import { routeHref, type Route } from '../../app/routes';

/** Where a learner acts on each kind of missing step; an expired course offers nothing to do. */
function stepRoute(courseId: string, kind: CompletionStep['kind']): { route: Route; label: string } | null {
  switch (kind) {
    case 'evaluation':
      return { route: { screen: 'evaluation', courseId }, label: 'Open the course evaluation' };
    case 'attestation':
      return { route: { screen: 'attestation', courseId }, label: 'Open the attestation' };
    case 'post-test':
      return { route: { screen: 'course', courseId }, label: 'Go to the post-test on the course page' };
    case 'read':
    case 'quiz':
    case 'study-time':
      return { route: { screen: 'course', courseId }, label: 'Continue the course' };
    case 'certificate-name':
      return { route: { screen: 'settings' }, label: 'Add it in Settings' };
    case 'expired':
      return null;
  }
}

/**
 * What is still missing before a certificate, one item per unmet rule, each with a link to where it is done.
 * On the course page itself (`onCoursePage`), only links to other pages are offered.
 */
export function MissingStepList({
  courseId,
  missing,
  onCoursePage = false,
}: {
  courseId: string;
  missing: readonly CompletionStep[];
  onCoursePage?: boolean;
}) {
  return (
    <ul className="remaining-list">
      {missing.map((step) => {
        const target = stepRoute(courseId, step.kind);
        const link = target && !(onCoursePage && target.route.screen === 'course') ? target : null;
        return (
          <li key={step.kind}>
            {step.text}
            {link && (
              <>
                {' '}
                <a href={routeHref(link.route)}>{link.label}</a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
