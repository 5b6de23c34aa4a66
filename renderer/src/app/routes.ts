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
  | { screen: 'evaluation'; courseId: string }
  | { screen: 'attestation'; courseId: string }
  | { screen: 'certificate'; courseId: string }
  | { screen: 'attempt'; attemptId: string }
  | { screen: 'transcript' }
  | { screen: 'issued-certificate'; certificateId: string }
  | { screen: 'verify' };

/** The course pages that are just `#/course/<id>/<name>`. */
const coursePages = ['dashboard', 'evaluation', 'attestation', 'certificate'] as const;
type CoursePage = (typeof coursePages)[number];

function isCoursePage(section: string): section is CoursePage {
  return (coursePages as readonly string[]).includes(section);
}

/** Screens anyone may open, signed in or not. */
export function isPublicRoute(route: Route): boolean {
  return route.screen === 'profiles' || route.screen === 'verify';
}

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
  if (isCoursePage(section) && rest.length === 1) return { screen: section, courseId };
  return null;
}

/**
 * Parses the hash: `#/` (profiles), `#/library`, `#/settings`, `#/transcript`, `#/verify`, `#/course/<id>` and its
 * `module/<moduleId>[/<anchor>]`, `references[/<anchor>]`, `search?q=`, `dashboard`, `evaluation`, `attestation`
 * and `certificate` pages, `#/attempt/<attemptId>` and `#/certificates/<certificateId>`. Anything unknown shows
 * the library.
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
  if (first === 'transcript' && parts.length === 1) return { screen: 'transcript' };
  if (first === 'verify' && parts.length === 1) return { screen: 'verify' };
  if (first === 'certificates' && second && parts.length === 2)
    return { screen: 'issued-certificate', certificateId: second };
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
    case 'evaluation':
    case 'attestation':
    case 'certificate':
      return `#/course/${part(route.courseId)}/${route.screen}`;
    case 'attempt':
      return `#/attempt/${part(route.attemptId)}`;
    case 'transcript':
      return '#/transcript';
    case 'issued-certificate':
      return `#/certificates/${part(route.certificateId)}`;
    case 'verify':
      return '#/verify';
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
