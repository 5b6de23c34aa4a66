import { useEffect, useState } from 'react';
import { preloadRoute } from './routePreloads';
import { parseRoute, type Route } from './routes';

function routeOfLocation(): Route {
  const route = parseRoute(window.location.hash);
  preloadRoute(route);
  return route;
}

/** The current route, following hash changes; each change starts its screen's preloads before React renders. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(routeOfLocation);
  useEffect(() => {
    const onChange = () => setRoute(routeOfLocation());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
