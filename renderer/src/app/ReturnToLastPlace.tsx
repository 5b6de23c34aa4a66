import { useEffect } from 'react';
import { navigate, routeHref } from './routes';
import { StatusMessage } from '../ui/StatusMessage';
import { useChannel } from './useChannel';
import { useScreenFocus } from './useScreenFocus';

/**
 * What the app's own address (the start screen's) shows once a profile is chosen: it asks the core where the
 * learner last read and goes there in place of this address (the reader then opens at the saved position), or to
 * the library for a learner who has read nothing yet.
 */
export function ReturnToLastPlace() {
  const place = useChannel('progress.lastPlace', {}, 'last-place');
  const headingRef = useScreenFocus<HTMLHeadingElement>(`last-place:${place.status}`);
  useEffect(() => {
    if (place.status !== 'ready') return;
    const last = place.value;
    navigate(
      last
        ? { screen: 'module', courseId: last.courseId, moduleId: last.moduleId, anchor: null }
        : { screen: 'library' },
      { replace: true },
    );
  }, [place]);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        Welcome back
      </h1>
      {place.status === 'failed' ? (
        <>
          <StatusMessage state={place} what="where you left off" />
          <p>
            <a href={routeHref({ screen: 'library' })}>Go to the course library</a>
          </p>
        </>
      ) : (
        <p className="status" role="status">
          Opening where you left off…
        </p>
      )}
    </>
  );
}
