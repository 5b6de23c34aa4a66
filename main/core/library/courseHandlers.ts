import type { ChannelHandlers } from '../app/channelHandlers';
import { CoreError } from '../coreError';
import type { CourseImportSource } from './courseImport';
import { importCoursePackage } from './courseImport';
import type { CourseLibrary } from './courseLibrary';

/** How the library's channels import packages, and whether they may. */
export interface CourseImportSettings {
  dataDir: string;
  /** Folders whose courses count as already present (bundled and preloaded). */
  presentDirs: readonly string[];
  /** Clinic IT can turn import off on managed workstations. */
  allowed: boolean;
}

function decode(dataBase64: string): Buffer {
  return Buffer.from(dataBase64, 'base64');
}

/** The library's channels: what courses exist, one course's outline, and importing a package. */
export function createCourseHandlers(
  library: CourseLibrary,
  importing: CourseImportSettings,
): Pick<ChannelHandlers, 'courses.list' | 'courses.outline' | 'courses.import'> {
  return {
    'courses.list': () => library.list(),
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
    'courses.import': (input) => {
      if (!importing.allowed) {
        throw new CoreError(
          'forbidden',
          'Importing courses is turned off on this computer by its administrator. Ask your clinic IT to add the course.',
        );
      }
      const source: CourseImportSource =
        input.kind === 'zip'
          ? { kind: 'zip', fileName: input.fileName, bytes: decode(input.dataBase64) }
          : {
              kind: 'files',
              files: input.files.map((file) => ({ path: file.path, bytes: decode(file.dataBase64) })),
            };
      const result = importCoursePackage(importing.dataDir, source, { bundledDirs: importing.presentDirs });
      if (!result.ok) return { ok: false, problems: result.problems };
      if (!result.alreadyPresent) library.refresh();
      return {
        ok: true,
        courseId: result.courseId,
        version: result.version,
        title: result.title,
        alreadyPresent: result.alreadyPresent,
        replacesVersion: result.replacesVersion,
        warnings: result.warnings,
      };
    },
  };
}
