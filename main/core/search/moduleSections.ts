import type { CoursePackage } from '../course/courseTypes';
import { analyzeCourseMarkdown } from '../course/render/courseHtml';
import { moduleIdsByFile } from '../course/render/courseHtml';
import { courseLinkTargets } from '../courses/linkTargets';

/** A searchable piece of a module: the text under one heading, with that heading's id. */
export interface ModuleSection {
  moduleId: string;
  moduleTitle: string;
  anchor: string | null;
  text: string;
}

/**
 * Splits each module's reading text into sections at its headings, as plain text. Search results then open the
 * module at the section they matched, not just at its top.
 */
export function moduleSections(course: CoursePackage): ModuleSection[] {
  const sections: ModuleSection[] = [];
  const byFile = moduleIdsByFile(course);
  for (const module of course.modules) {
    const { env, tokens } = analyzeCourseMarkdown(module.markdown, {
      courseId: course.id,
      rootDir: course.rootDir,
      file: module.file,
      kind: 'module',
      currentModuleId: module.id,
      moduleIdsByFile: byFile,
      targets: courseLinkTargets(course.id),
      firstLine: module.markdownStartLine,
    });
    let headingIndex = -1;
    let current: ModuleSection = { moduleId: module.id, moduleTitle: module.title, anchor: null, text: '' };
    sections.push(current);
    tokens.forEach((token, index) => {
      if (token.type === 'heading_open') {
        headingIndex += 1;
        current = {
          moduleId: module.id,
          moduleTitle: module.title,
          anchor: env.headings[headingIndex]?.id ?? null,
          text: '',
        };
        sections.push(current);
      } else if (token.type === 'inline' && tokens[index - 1]?.type !== 'heading_open') {
        current.text += `${token.content} `;
      } else if (token.type === 'inline') {
        current.text += `${token.content}. `;
      }
    });
  }
  return sections.filter((section) => section.text.trim().length > 0);
}
