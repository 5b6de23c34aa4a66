import type React from 'react';
import { CourseScreen } from '../screens/course/CourseScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { routeHref, useHashRoute } from './useHashRoute';

// The hash is the router's, so the skip link moves focus itself instead of navigating to #main.
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The frame every screen shares: skip link, banner, main landmark. */
export function App() {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="app-name" href={routeHref({ screen: 'library' })}>
          CE Player
        </a>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {route.screen === 'course' ? <CourseScreen courseId={route.courseId} /> : <LibraryScreen />}
      </main>
    </>
  );
}
