import type { Token } from 'markdown-it';
import type { CourseModule, CoursePackage, DocumentHeading } from '../courseTypes';
import { MANIFEST_FILE, REFERENCES_FILE } from '../packageLayout';
import { courseMarkdown } from './courseMarkdown';
import { createRenderEnv } from './renderContext';
import type { LinkTargets, RenderContext, RenderEnv } from './renderContext';

/** Rendered HTML and the document's headings (with their ids) for a table of contents. */
export interface RenderedDocument {
  html: string;
  headings: DocumentHeading[];
}

/** Parses course markdown with the course rules, without producing HTML: what the validator checks. */
export function analyzeCourseMarkdown(
  markdown: string,
  context: RenderContext,
): { env: RenderEnv; tokens: Token[] } {
  const env = createRenderEnv(context);
  const tokens = courseMarkdown().parse(markdown, env);
  return { env, tokens };
}

/** Renders any course markdown (a module, references.md, the summary) with the course rules. */
export function renderCourseMarkdown(markdown: string, context: RenderContext): RenderedDocument {
  const env = createRenderEnv(context);
  const html = courseMarkdown().render(markdown, env);
  return { html, headings: env.headings };
}

/** The context a module's reading text renders in: its file, its place in the course, and the link targets. */
export function moduleRenderContext(
  course: CoursePackage,
  module: CourseModule,
  targets: LinkTargets,
): RenderContext {
  // Written out key by key: V8 spreads the document context on its slow path.
  return {
    courseId: course.id,
    rootDir: course.rootDir,
    moduleIdsByFile: moduleIdsByFile(course),
    targets,
    file: module.file,
    kind: 'module',
    currentModuleId: module.id,
    firstLine: module.markdownStartLine,
  };
}

/**
 * The reading text of one module as HTML; links to modules and references use the given targets. The loader checks
 * the markdown but keeps no HTML, so a module is rendered when it is opened (about 2 ms for the bundled course's longest, warm).
 */
export function renderModuleHtml(
  course: CoursePackage,
  moduleId: string,
  targets: LinkTargets,
): RenderedDocument {
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) return { html: '', headings: [] };
  return renderCourseMarkdown(module.markdown, moduleRenderContext(course, module, targets));
}

/** references.md as HTML: each `[key]` list item carries `id="key"`, the key itself is not shown. */
export function renderReferencesHtml(course: CoursePackage, targets: LinkTargets): RenderedDocument {
  if (course.referencesMarkdown === null) return { html: '', headings: [] };
  return renderCourseMarkdown(course.referencesMarkdown, {
    ...documentContext(course, targets),
    file: REFERENCES_FILE,
    kind: 'references',
    currentModuleId: null,
    firstLine: 1,
  });
}

/** The course summary from course.yml as HTML; relative links resolve from the package root. */
export function renderSummaryHtml(course: CoursePackage, targets: LinkTargets): RenderedDocument {
  return renderCourseMarkdown(course.summary, {
    ...documentContext(course, targets),
    file: MANIFEST_FILE,
    kind: 'other',
    currentModuleId: null,
    firstLine: 1,
  });
}

/** The module map of a course, keyed by module file path. */
export function moduleIdsByFile(course: Pick<CoursePackage, 'modules'>): Map<string, string> {
  return new Map(course.modules.map((m) => [m.file, m.id]));
}

function documentContext(course: CoursePackage, targets: LinkTargets) {
  return { courseId: course.id, rootDir: course.rootDir, moduleIdsByFile: moduleIdsByFile(course), targets };
}
