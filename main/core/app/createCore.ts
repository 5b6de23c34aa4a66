import path from 'node:path';
import { openLearnerDatabase } from '../db/openLearnerDatabase';
import { sqliteOpener } from '../db/sqliteDatabase';
import { createAttemptsHandlers } from '../attempts/attemptsChannels';
import { createAttestationHandlers } from '../attestation/attestationChannels';
import { createBookmarksHandlers } from '../bookmarks/bookmarksChannels';
import { createCoursesHandlers } from '../courses/coursesChannels';
import { createEvaluationHandlers } from '../evaluation/evaluationChannels';
import { createCertificatesHandlers, ownCertificatePdf } from '../issuance/certificatesChannels';
import type { IssuanceContext } from '../issuance/issuanceContext';
import type { CertificatePdfRenderer } from '../certificates/renderCertificatePdf';
import { createProfilesHandlers } from '../learners/profilesChannels';
import { createModulesHandlers } from '../modules/modulesChannels';
import { createNotesHandlers } from '../notes/notesChannels';
import { createProgressHandlers } from '../progress/progressChannels';
import { createRecordsHandlers } from '../records/recordsChannels';
import { servableCourseAsset } from '../course/svgAssetCheck';
import { CourseSearch } from '../search/courseSearch';
import { listLearnerProfiles } from '../learners/learnerProfiles';
import type { BundledCourseDigest } from '../library/bundledCourseDigests';
import { CourseLibrary } from '../library/courseLibrary';
import { readTrustedInstallations, type TrustedInstallation } from '../records/trustedInstallations';
import { inThreadImportRunner, workerImportRunner } from '../library/courseImportRunner';
import type { LrsSettings } from '../config/lrsConfigSchema';
import { setUpRecordSync } from '../lrs/recordSyncSetup';
import { createLrsHandlers } from '../lrs/lrsChannels';
import { createAppHandlers } from './appChannels';
import type { HandlerContext } from './handlerContext';
import { createAppLog, type AppLog } from './appLog';
import type { Core } from './core';
import { defaultSessionRules, type SessionRules } from './session';
import { createSessionKeeper, withSessionRule, withSessionRules } from './sessionKeeper';

export interface CoreOptions {
  /** Learner data: the database, imported courses, backups, logs. Created when missing. */
  dataDir: string;
  /** Courses shipped with the app: `courses/` in development, the resources folder when packaged. */
  bundledCoursesDir: string;
  /**
   * What the build recorded of each bundled package (embedded in the shells' bundles by scripts/build.mjs); a
   * bundled package that does not match is refused. The shells always pass it; tests that build their own bundled
   * folder may leave it out, and then bundled packages are not matched.
   */
  bundledCourseDigests?: readonly BundledCourseDigest[];
  /**
   * The built course-import worker (dist/main/course-import-worker.cjs). The shells always pass it, so an import
   * never blocks the app; unset (unit tests), imports run in the calling thread.
   */
  courseImportWorker?: string;
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
  /**
   * Other CE Player installations whose exported records count here (machine config `trustedInstallations`): each
   * `{ name, key }`, key the installation's did:key as the `"installation"` line of its records export shows it
   * (`did:key:z6Mk…`). This installation's own exports always count. Default: none. A malformed entry stops
   * start-up with a message naming it.
   */
  trustedInstallations?: readonly TrustedInstallation[];
  /** Minutes without use after which a PIN-protected profile is signed out (machine config). Default 30. */
  pinSignOutMinutes?: number;
  /**
   * The provider's Learning Record Store (machine config `lrs`): learning events queue xAPI statements in the
   * learner database, and the sync worker sends them once a shell calls `startRecordSync`. Default: none, and
   * nothing is queued or sent.
   */
  lrs?: LrsSettings;
  log?: AppLog;
  /** The clock, in Unix ms; tests pass their own to move time without waiting. */
  now?: () => number;
  /** Draws certificate PDFs. Default: renderCertificatePdf; tests pass a wrapper around it to count the drawings. */
  renderCertificatePdf?: CertificatePdfRenderer;
}

/**
 * Builds the whole application behind the contract. Shells call this once at start-up; it opens (and if need be
 * recovers) the learner database, and its notices reach the learner through `app.info`.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? Date.now;
  const trustedInstallations = readTrustedInstallations(options.trustedInstallations ?? []);
  const sqlite = sqliteOpener(options.nativeBinding);
  const opened = await openLearnerDatabase(options.dataDir, { now: now(), sqlite });
  const log = options.log ?? createAppLog(options.dataDir);
  for (const notice of opened.notices) log.info(`Start-up notice: ${notice}`);
  const library = new CourseLibrary([
    {
      dir: options.bundledCoursesDir,
      source: 'bundled',
      ...(options.bundledCourseDigests ? { digests: options.bundledCourseDigests } : {}),
    },
    ...(options.extraCourseDirs ?? []).map((dir) => ({ dir, source: 'preloaded' as const })),
    { dir: path.join(options.dataDir, 'courses'), source: 'imported' },
  ]);
  const search = new CourseSearch(sqlite);
  const recordSync = options.lrs
    ? setUpRecordSync(opened.db, options.lrs, {
        dataDir: options.dataDir,
        findCourse: (courseId, version) => library.findVersion(courseId, version),
        log,
        now,
      })
    : null;
  const context: HandlerContext = { db: opened.db, library, now };
  const sessionRules: SessionRules = {
    ...defaultSessionRules,
    ...(options.pinSignOutMinutes === undefined ? {} : { idleSignOutMs: options.pinSignOutMinutes * 60_000 }),
  };
  const issuance: IssuanceContext = {
    db: opened.db,
    library,
    dataDir: options.dataDir,
    fontDir: options.fontDir,
    now,
    log,
    trustedInstallations,
    renderPdf: options.renderCertificatePdf,
    sqlite,
  };
  return {
    log,
    sessions: createSessionKeeper(now, sessionRules),
    // One factory per channel namespace, each from its folder's <namespace>Channels.ts.
    handlers: withSessionRules(now, sessionRules, {
      ...createAppHandlers({ appVersion: options.appVersion, shell: options.shell, notices: opened.notices }),
      ...createProfilesHandlers(opened.db, now, {
        requirePin: options.requirePin ?? false,
        dataDir: options.dataDir,
        sqlite,
      }),
      ...createCoursesHandlers(
        { ...context, search },
        {
          dataDir: options.dataDir,
          presentDirs: [options.bundledCoursesDir, ...(options.extraCourseDirs ?? [])],
          allowed: options.allowCourseImport ?? true,
          runner: options.courseImportWorker
            ? workerImportRunner(options.courseImportWorker)
            : inThreadImportRunner,
          profileNames: () =>
            new Map(listLearnerProfiles(opened.db).map((profile) => [profile.id, profile.displayName])),
        },
      ),
      ...createModulesHandlers(context),
      ...createProgressHandlers(context),
      ...createNotesHandlers(context),
      ...createBookmarksHandlers(context),
      ...createAttemptsHandlers(context),
      ...createEvaluationHandlers(context),
      ...createAttestationHandlers(context),
      ...createCertificatesHandlers(issuance),
      ...createRecordsHandlers(issuance),
      ...createLrsHandlers(opened.db, recordSync),
    }),
    certificatePdf: withSessionRule(now, sessionRules, (certificateId: string, session) =>
      ownCertificatePdf(issuance, certificateId, session),
    ),
    resolveCourseAsset: (courseId, relativePath) =>
      servableCourseAsset(library.resolveAsset(courseId, relativePath)),
    startRecordSync: () => recordSync?.start(),
    close: () => {
      recordSync?.close();
      search.close();
      opened.db.close();
    },
  };
}
