/** The app's screens, addressed by the URL hash so reloads and the back button work in both shells. */
export type Route =
  | { screen: 'profiles' }
  | { screen: 'library' }
  | { screen: 'settings' }
  | { screen: 'course'; courseId: string }
  | { screen: 'module'; courseId: string; moduleId: string; anchor: string | null }
  | { screen: 'references'; courseId: string; anchor: string | null }
  | { screen: 'search'; courseId: string; query: string }
  | { screen: 'dashboard'; courseId: string }
  | { screen: 'attempt'; attemptId: string };

function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function parseCourseRoute(courseId: string, rest: string[], query: URLSearchParams): Route | null {
  const [section, id, anchor] = rest;
  if (section === undefined) return { screen: 'course', courseId };
  if (section === 'module' && id && rest.length <= 3) {
    return { screen: 'module', courseId, moduleId: id, anchor: anchor ?? null };
  }
  if (section === 'references' && rest.length <= 2) {
    return { screen: 'references', courseId, anchor: id ?? null };
  }
  if (section === 'search' && rest.length === 1) {
    return { screen: 'search', courseId, query: query.get('q') ?? '' };
  }
  if (section === 'dashboard' && rest.length === 1) return { screen: 'dashboard', courseId };
  return null;
}

/**
 * Parses the hash: `#/` (profiles), `#/library`, `#/settings`, `#/course/<id>` and its `module/<moduleId>[/<anchor>]`,
 * `references[/<anchor>]`, `search?q=` and `dashboard` pages, and `#/attempt/<attemptId>`. Anything unknown
 * shows the library.
 */
export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const queryAt = body.indexOf('?');
  const path = queryAt === -1 ? body : body.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : body.slice(queryAt + 1));
  const decoded = path.split('/').filter(Boolean).map(decodePart);
  if (decoded.some((part) => part === null)) return { screen: 'library' };
  const parts = decoded as string[];
  const [first, second] = parts;
  if (first === undefined) return { screen: 'profiles' };
  if (first === 'library' && parts.length === 1) return { screen: 'library' };
  if (first === 'settings' && parts.length === 1) return { screen: 'settings' };
  if (first === 'attempt' && second && parts.length === 2) return { screen: 'attempt', attemptId: second };
  if (first === 'course' && second)
    return parseCourseRoute(second, parts.slice(2), query) ?? { screen: 'library' };
  return { screen: 'library' };
}

const part = encodeURIComponent;

/** The hash for a route, for links. Module and reference links match the ones the core writes into course html. */
export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'profiles':
      return '#/';
    case 'library':
      return '#/library';
    case 'settings':
      return '#/settings';
    case 'course':
      return `#/course/${part(route.courseId)}`;
    case 'module':
      return `#/course/${part(route.courseId)}/module/${part(route.moduleId)}${route.anchor ? `/${part(route.anchor)}` : ''}`;
    case 'references':
      return `#/course/${part(route.courseId)}/references${route.anchor ? `/${part(route.anchor)}` : ''}`;
    case 'search':
      return `#/course/${part(route.courseId)}/search${route.query ? `?${new URLSearchParams({ q: route.query }).toString()}` : ''}`;
    case 'dashboard':
      return `#/course/${part(route.courseId)}/dashboard`;
    case 'attempt':
      return `#/attempt/${part(route.attemptId)}`;
  }
}

/** Goes to a route; `replace` leaves no history entry (for redirects). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href;
}

/** A key that changes whenever a different page (not just a different anchor) is shown. */
export function pageKey(route: Route): string {
  switch (route.screen) {
    case 'module':
      return `module:${route.courseId}:${route.moduleId}`;
    case 'references':
      return `references:${route.courseId}`;
    case 'search':
      return `search:${route.courseId}`;
    default:
      return routeHref(route);
  }
}
