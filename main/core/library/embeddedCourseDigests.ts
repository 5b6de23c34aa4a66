import type { BundledCourseDigest } from './bundledCourseDigests';

// Replaced by scripts/build.mjs with the record of the bundled courses it built with.
declare const __CE_BUNDLED_COURSE_DIGESTS__: readonly BundledCourseDigest[] | undefined;

/**
 * The bundled courses as the build recorded them, embedded in this bundle. The shells start only with it: a bundle
 * built without it (not by scripts/build.mjs) could not tell an edited bundled course from the real one.
 */
export function embeddedBundledCourseDigests(): readonly BundledCourseDigest[] {
  if (typeof __CE_BUNDLED_COURSE_DIGESTS__ === 'undefined') {
    throw new Error(
      'This build holds no record of its bundled courses, so it cannot check them. Build it with `npm run build`.',
    );
  }
  return __CE_BUNDLED_COURSE_DIGESTS__;
}
