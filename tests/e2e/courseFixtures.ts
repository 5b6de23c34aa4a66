import fs from 'node:fs';
import path from 'node:path';
import { makeTempFolder } from '../support/tempFolder';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The small fixture course the player specs use (tests/fixtures/courses/valid-minimal). */
export const fixtureCourse = {
  id: 'hand-hygiene',
  title: 'Hand Hygiene Refresher',
  dir: path.join(repoRoot, 'tests', 'fixtures', 'courses', 'valid-minimal'),
  modules: [
    { id: 'moments', title: 'The five moments' },
    { id: 'technique', title: 'Technique' },
  ],
} as const;

/** The course that ships with the app. */
export const bundledCourse = {
  id: 'ketamine-therapy',
  title: 'Ketamine Treatment for Mental Health',
  dir: path.join(repoRoot, 'courses', 'ketamine-therapy'),
} as const;

/** The fixture course with every key of the format's disclosure round (tests/fixtures/courses/valid-accredited). */
export const accreditedCourse = {
  id: 'hand-hygiene-accredited',
  title: 'Hand Hygiene for Accredited Providers',
  dir: path.join(repoRoot, 'tests', 'fixtures', 'courses', 'valid-accredited'),
  modules: [
    { id: 'moments', title: 'The five moments' },
    { id: 'technique', title: 'Technique' },
  ],
} as const;

/**
 * A fresh folder of course packages holding only the given fixture courses (by default the small one), for the
 * shell's `--courses-dir`: the fixtures folder itself also holds the deliberately broken packages of the parser
 * tests.
 */
export function makeFixtureCoursesDir(
  courses: readonly { id: string; dir: string }[] = [fixtureCourse],
): string {
  const root = makeTempFolder('ce-player-e2e-courses-');
  for (const course of courses) fs.cpSync(course.dir, path.join(root, course.id), { recursive: true });
  return root;
}
