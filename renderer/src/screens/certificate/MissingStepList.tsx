import { routeHref, type Route } from '../../app/routes';

/**
 * Where a learner acts on one of the core's "still missing" sentences, or null. The contract gives only the
 * sentences, so they are matched by their words (the core's wording in completionStatus.ts).
 */
function stepRoute(courseId: string, sentence: string): { route: Route; label: string } | null {
  const text = sentence.toLowerCase();
  if (text.includes('evaluation'))
    return { route: { screen: 'evaluation', courseId }, label: 'Open the course evaluation' };
  if (text.startsWith('attest'))
    return { route: { screen: 'attestation', courseId }, label: 'Open the attestation' };
  if (text.includes('post-test'))
    return { route: { screen: 'course', courseId }, label: 'Go to the post-test on the course page' };
  if (text.includes('module') || text.includes('recorded study'))
    return { route: { screen: 'course', courseId }, label: 'Continue the course' };
  return null;
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
  missing: readonly string[];
  onCoursePage?: boolean;
}) {
  return (
    <ul className="remaining-list">
      {missing.map((sentence, index) => {
        const step = stepRoute(courseId, sentence);
        const link = step && !(onCoursePage && step.route.screen === 'course') ? step : null;
        return (
          <li key={index}>
            {sentence}
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
