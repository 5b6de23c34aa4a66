import type { ChannelHandlers } from '../app/channelHandlers';
import type { CourseLibrary } from './courseLibrary';

/** The library's channels: what courses exist, and one course's outline. */
export function createCourseHandlers(
  library: CourseLibrary,
): Pick<ChannelHandlers, 'courses.list' | 'courses.outline'> {
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
  };
}
