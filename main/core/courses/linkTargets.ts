import type { LinkTargets } from '../course/render/renderContext';

/**
 * The renderer's hash routes for links inside course text. The renderer's router parses the same shapes
 * (renderer/src/app/useHashRoute.ts); the e2e suite follows such links to prove the two agree.
 */
export function courseLinkTargets(courseId: string): LinkTargets {
  const course = `#/course/${encodeURIComponent(courseId)}`;
  return {
    moduleHref: (moduleId, anchor) =>
      `${course}/module/${encodeURIComponent(moduleId)}${anchor ? `/${encodeURIComponent(anchor)}` : ''}`,
    referencesHref: (anchor) => `${course}/references${anchor ? `/${encodeURIComponent(anchor)}` : ''}`,
  };
}
