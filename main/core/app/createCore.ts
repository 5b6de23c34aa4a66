import path from 'node:path';
import { openLearnerDatabase } from '../db/openLearnerDatabase';
import { useSqliteNativeBinding } from '../db/sqliteDatabase';
import { createAttemptHandlers } from '../attempts/attemptChannels';
import { createIssuanceHandlers } from '../issuance/issuanceChannels';
import { createProfileHandlers } from '../learners/profileChannels';
import { createPlayerHandlers } from '../player/playerChannels';
import { servableCourseAsset } from '../course/svgAssetCheck';
import { CourseSearch } from '../search/courseSearch';
import { CourseLibrary } from '../library/courseLibrary';
import { createCourseHandlers } from '../library/courseHandlers';
import { createAppLog, type AppLog } from './appLog';
import type { Core } from './core';

export interface CoreOptions {
  /** Learner data: the database, imported courses, backups, logs. Created when missing. */
  dataDir: string;
  /** Courses shipped with the app: `courses/` in development, the resources folder when packaged. */
  bundledCoursesDir: string;
  /** More folders of course packages, e.g. a clinic's preloaded courses (`--courses-dir`). */
  extraCourseDirs?: readonly string[];
  shell: 'desktop' | 'browser';
  appVersion: string;
  /** better_sqlite3.node built for Electron (desktop development only); unset = better-sqlite3's own build. */
  nativeBinding?: string;
  /** New learner profiles must set a PIN (machine config `requirePin`). Default: not required. */
  requirePin?: boolean;
  /** Clinic IT can turn course import off (machine config `allowCourseImport`). Default: allowed. */
  allowCourseImport?: boolean;
  /**
   * The certificate fonts (DejaVu): `build/fonts` in development, `<resources>/fonts` when packaged. Default: the
   * certificate module's search (`<resources>/fonts`, then `build/fonts` under the working folder).
   */
  fontDir?: string;
  log?: AppLog;
  /** The clock, in Unix ms; tests pass their own to move time without waiting. */
  now?: () => number;
}

/**
 * Builds the whole application behind the contract. Shells call this once at start-up; it opens (and if need be
 * recovers) the learner database, and its notices reach the learner through `app.info`.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? Date.now;
  useSqliteNativeBinding(options.nativeBinding);
  const opened = await openLearnerDatabase(options.dataDir, { now: now() });
  const log = options.log ?? createAppLog(options.dataDir);
  for (const notice of opened.notices) log.info(`Start-up notice: ${notice}`);
  const library = new CourseLibrary([
    { dir: options.bundledCoursesDir, source: 'bundled' },
    ...(options.extraCourseDirs ?? []).map((dir) => ({ dir, source: 'preloaded' as const })),
    { dir: path.join(options.dataDir, 'courses'), source: 'imported' },
  ]);
  const search = new CourseSearch();
  return {
    log,
    handlers: {
      'app.info': () => ({
        name: 'CE Player',
        version: options.appVersion,
        shell: options.shell,
        notices: opened.notices,
      }),
      ...createProfileHandlers(opened.db, now, {
        requirePin: options.requirePin ?? false,
        dataDir: options.dataDir,
      }),
      ...createCourseHandlers(library, {
        dataDir: options.dataDir,
        presentDirs: [options.bundledCoursesDir, ...(options.extraCourseDirs ?? [])],
        allowed: options.allowCourseImport ?? true,
      }),
      ...createPlayerHandlers(opened.db, library, search, now),
      ...createAttemptHandlers(opened.db, library, now),
      ...createIssuanceHandlers({
        db: opened.db,
        library,
        dataDir: options.dataDir,
        fontDir: options.fontDir,
        now,
        log,
      }),
    },
    resolveCourseAsset: (courseId, relativePath) =>
      servableCourseAsset(library.resolveAsset(courseId, relativePath)),
    close: () => {
      search.close();
      opened.db.close();
    },
  };
}
