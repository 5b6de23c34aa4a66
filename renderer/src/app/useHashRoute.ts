import { useEffect, useState } from 'react';

/** The app's screens, addressed by the URL hash so reloads and the back button work in both shells. */
export type Route = { screen: 'library' } | { screen: 'course'; courseId: string };

/** Parses `#/`, `#/course/<id>`; anything unknown shows the library. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'course' && parts[1]) return { screen: 'course', courseId: parts[1] };
  return { screen: 'library' };
}

/** The hash for a route, for links. */
export function routeHref(route: Route): string {
  return route.screen === 'course' ? `#/course/${encodeURIComponent(route.courseId)}` : '#/';
}

/** The current route, following hash changes. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
