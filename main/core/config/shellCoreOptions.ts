import type { CoreOptions } from '../app/createCore';
import type { BundledCourseDigest } from '../library/bundledCourseDigests';
import { resolveEffectiveDataDir } from './effectiveDataDir';
import { policyOptions, type MachineConfig } from './machineConfig';
import { preloadedCourseDirs } from './preloadedCourseDirs';

/** What a shell knows at start-up that the core's options are made from. */
export interface ShellStart {
  shell: CoreOptions['shell'];
  appVersion: string;
  /** The command-line arguments after the program: `--data-dir`, `--courses-dir`. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Clinic IT's machine settings (defaults when there is no file). */
  machine: MachineConfig;
  /** Where the shell finds what ships with the app: in development the app root's, packaged the resources'. */
  bundledCoursesDir: string;
  fontDir: string;
  bundledCourseDigests: readonly BundledCourseDigest[];
  courseImportWorker: string;
  /** The desktop app's Electron build of better-sqlite3 in development; unset elsewhere. */
  nativeBinding?: string;
}

/**
 * The core's options for either shell, from the machine settings and the command line: the data folder in force
 * (`--data-dir`, then `CE_PLAYER_DATA_DIR`, then the settings file), the preloaded course folders, and IT's policy.
 */
export function shellCoreOptions(start: ShellStart): CoreOptions {
  return {
    dataDir: resolveEffectiveDataDir(start.argv, start.env, start.machine),
    bundledCoursesDir: start.bundledCoursesDir,
    bundledCourseDigests: start.bundledCourseDigests,
    courseImportWorker: start.courseImportWorker,
    fontDir: start.fontDir,
    extraCourseDirs: preloadedCourseDirs(start.argv, start.machine),
    shell: start.shell,
    appVersion: start.appVersion,
    ...policyOptions(start.machine),
    ...(start.nativeBinding === undefined ? {} : { nativeBinding: start.nativeBinding }),
  };
}
