import type { CourseDisclosure, ModuleReading } from '../../contract/playerSchemas';
import type { CourseModule, CoursePackage } from '../course/courseTypes';
import { renderModuleHtml, type RenderedDocument } from '../course/render/courseHtml';
import { courseProgressFigures } from '../completion/courseProgressFigures';
import type { LearnerDb } from '../db/learnerDatabase';
import { listBookmarks } from '../bookmarks/bookmarks';
import { getLastPosition } from '../progress/lastPosition';
import { getModuleNote } from '../notes/moduleNotes';
import { progressAsOpened } from '../progress/moduleProgress';
import { moduleRef, requireModule } from './courseModuleRef';
import { courseDisclosure } from '../courses/courseDisclosure';
import { courseLinkTargets } from '../courses/linkTargets';

/**
 * Each module's reading text as the player renders it, kept while the loaded module lives: a learner goes back to
 * the same modules, and the targets depend only on the module's course.
 */
const renderedModules = new WeakMap<CourseModule, RenderedDocument>();

function renderedModule(course: CoursePackage, module: CourseModule): RenderedDocument {
  let rendered = renderedModules.get(module);
  if (!rendered) {
    rendered = renderModuleHtml(course, module.id, courseLinkTargets(course.id));
    renderedModules.set(module, rendered);
  }
  return rendered;
}

/**
 * A module to read: its rendered text with the learner's own place, note and bookmarks, and its progress as it
 * stands once opened. It records nothing, so a screen may ask for it before showing it; the opening itself is
 * recorded by `progress.markOpened`. Question blocks are not part of the reading text.
 */
export function readModuleForReading(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  moduleId: string,
  now: number,
): ModuleReading {
  const module = requireModule(course, moduleId);
  const progress = progressAsOpened(db, learnerId, moduleRef(course, module), now);
  const index = course.modules.indexOf(module);
  const neighbour = (offset: number) => {
    const other = course.modules[index + offset];
    return other ? { id: other.id, title: other.title } : null;
  };
  const rendered = renderedModule(course, module);
  const position = getLastPosition(db, learnerId, course.id);
  return {
    courseId: course.id,
    moduleId: module.id,
    number: index + 1,
    title: module.title,
    objectives: module.objectives,
    html: rendered.html,
    headings: rendered.headings.map(({ level, text, id }) => ({ level, text, id })),
    previous: neighbour(-1),
    next: neighbour(1),
    readToEnd: progress.readToEndAt !== null && !progress.needsReview,
    quizPassed: progress.completedAt !== null && !progress.needsReview,
    needsReview: progress.needsReview,
    scroll:
      position?.moduleId === module.id && position.courseVersion === course.version
        ? position.scrollFraction
        : null,
    note: getModuleNote(db, learnerId, course.id, module.id)?.text ?? '',
    bookmarks: listBookmarks(db, learnerId, course.id)
      .filter((bookmark) => bookmark.moduleId === module.id)
      .map((bookmark) => ({ anchor: bookmark.anchorId, label: bookmark.label })),
    questionCount: module.questions.length,
    disclosureToAcknowledge: unacknowledged(courseDisclosure(db, learnerId, course)),
    courseProgress: courseProgressFigures(db, learnerId, course),
  };
}

function unacknowledged(disclosure: CourseDisclosure | null): CourseDisclosure | null {
  return disclosure && disclosure.acknowledgedAt === null ? disclosure : null;
}
