import type { NamespaceHandlers } from '../app/channelHandlers';
import type { HandlerContext } from '../app/handlerContext';
import type { Session } from '../app/session';
import { requireSignedIn } from '../app/session';
import { CoreError } from '../coreError';
import { renderReferencesHtml } from '../course/render/courseHtml';
import type { CourseImportSource } from '../library/courseImport';
import type { CourseImportRunner } from '../library/courseImportRunner';
import { carryProgressToCurrentVersion } from '../progress/versionCarryOver';
import type { CourseSearch } from '../search/courseSearch';
import { buildCourseDashboard } from './courseDashboard';
import { acknowledgeDisclosures } from './courseDisclosure';
import { buildCourseHome } from './courseHome';
import { courseLinkTargets } from './linkTargets';

/** How the library's channels import packages, and whether they may. */
export interface CourseImportSettings {
  dataDir: string;
  /** Folders whose courses count as already present (bundled and preloaded). */
  presentDirs: readonly string[];
  /** Clinic IT's policy (machine config `allowCourseImport`). */
  allowed: boolean;
  /** Where imports run: a worker thread in the app. */
  runner: CourseImportRunner;
  /** The display names of profiles, by id, to say who imported a course. */
  profileNames: () => ReadonlyMap<string, string>;
}

const POLICY_OFF =
  'Importing courses is turned off on this computer by its administrator. Ask your clinic IT to add the course.';
const SIGN_IN_FIRST =
  'Sign in to your profile to import a course; the library records who imported each course.';
const BUSY = 'Another course is being imported right now. Try again when it has finished.';

function decode(dataBase64: string): Buffer {
  return Buffer.from(dataBase64, 'base64');
}

/** Why this session may not import now, or null when it may. */
function importRefusal(importing: CourseImportSettings, session: Session): CoreError | null {
  if (!importing.allowed) return new CoreError('forbidden', POLICY_OFF);
  if (session.learnerId === null) return new CoreError('not_signed_in', SIGN_IN_FIRST);
  return null;
}

/** What the course channels work with: the handlers' context and the search index. */
export interface CoursesContext extends HandlerContext {
  search: CourseSearch;
}

/**
 * The course channels: what courses exist, one course's outline, importing a package, and a course as its learner
 * sees it (home, dashboard, references, search, disclosures). A learner's channel resolves the course from the
 * library, so records always name the version being played, and acts for the session's learner only.
 */
export function createCoursesHandlers(
  context: CoursesContext,
  importing: CourseImportSettings,
): NamespaceHandlers<'courses'> {
  const { db, library, search, now } = context;
  let importRunning = false;
  return {
    'courses.list': () => {
      const names = importing.profileNames();
      return library.list((learnerId) => names.get(learnerId) ?? null);
    },
    'courses.outline': ({ courseId }) => {
      const course = library.get(courseId);
      return {
        id: course.id,
        version: course.version,
        title: course.title,
        subtitle: course.subtitle,
        modules: course.modules.map((module) => ({
          id: module.id,
          title: module.title,
          minutes: module.minutes,
          questionCount: module.questions.length,
        })),
      };
    },
    'courses.importPolicy': (_, session) => {
      const refusal = importRefusal(importing, session);
      return { allowed: refusal === null, reason: refusal?.message ?? null };
    },
    'courses.import': async (input, session) => {
      const refusal = importRefusal(importing, session);
      if (refusal) throw refusal;
      const learnerId = requireSignedIn(session);
      if (importRunning) throw new CoreError('conflict', BUSY);
      const source: CourseImportSource =
        input.kind === 'zip'
          ? { kind: 'zip', fileName: input.fileName, bytes: decode(input.dataBase64) }
          : {
              kind: 'files',
              files: input.files.map((file) => ({ path: file.path, bytes: decode(file.dataBase64) })),
            };
      importRunning = true;
      let result;
      try {
        result = await importing.runner.run({
          dataDir: importing.dataDir,
          source,
          options: {
            bundledDirs: importing.presentDirs,
            protectedPackages: library.protectedPackages(),
            importedBy: learnerId,
            now: now(),
          },
        });
      } finally {
        importRunning = false;
      }
      if (!result.ok) return { ok: false, problems: result.problems };
      if (!result.alreadyPresent) library.addImported(result.folder);
      return {
        ok: true,
        courseId: result.courseId,
        version: result.version,
        title: result.title,
        alreadyPresent: result.alreadyPresent,
        replacesVersion: result.replacesVersion,
        signedBy: result.signedBy,
        warnings: result.warnings,
      };
    },
    'courses.home': ({ courseId }, session) => {
      const learnerId = requireSignedIn(session);
      const course = library.get(courseId);
      carryProgressToCurrentVersion(db, learnerId, course);
      return buildCourseHome(db, learnerId, course, now());
    },
    'courses.references': ({ courseId }) => ({
      html: renderReferencesHtml(library.get(courseId), courseLinkTargets(courseId)).html,
    }),
    'courses.search': ({ courseId, query }) => search.search(library.get(courseId), query),
    'courses.dashboard': ({ courseId }, session) =>
      buildCourseDashboard(db, requireSignedIn(session), library.get(courseId), now()),
    'courses.acknowledgeDisclosures': ({ courseId }, session) => ({
      acknowledgedAt: acknowledgeDisclosures(db, requireSignedIn(session), library.get(courseId), now()),
    }),
  };
}
