import path from 'node:path';
import { readAllOptions } from '../app/dataDirectory';
import type { MachineConfig } from './machineConfig';

/**
 * The folders of preloaded course packages every learner sees: the settings file's `preloadCoursesDir` first,
 * then each `--courses-dir` given on the command line, without repeats.
 */
export function preloadedCourseDirs(
  argv: readonly string[],
  config: Pick<MachineConfig, 'preloadCoursesDir'>,
): string[] {
  const dirs = [
    ...(config.preloadCoursesDir === undefined ? [] : [path.resolve(config.preloadCoursesDir)]),
    ...readAllOptions(argv, '--courses-dir').map((dir) => path.resolve(dir)),
  ];
  return [...new Set(dirs)];
}
