/**
 * The course package core (format 1): load and check a package, estimate its time, render its markdown.
 * See shared/course-format.md for the contract and docs/course-authoring.md for authors.
 */
export { loadCoursePackage } from './courseLoader';
export type * from './courseTypes';
export {
  countReadingWords,
  estimateCourseMinutes,
  estimateModuleMinutes,
  EVALUATION_MINUTES,
  MINUTES_PER_QUESTION,
  WORDS_PER_MINUTE,
} from './courseEstimate';
export type { CourseEstimateInput } from './courseEstimate';
export { resolvePackageFile } from './packageFiles';
export type { PackageFileResolution } from './packageFiles';
export {
  renderCourseMarkdown,
  renderModuleHtml,
  renderReferencesHtml,
  renderSummaryHtml,
} from './render/courseHtml';
export type { RenderedDocument } from './render/courseHtml';
export { VISUALLY_HIDDEN_CLASS } from './render/courseMarkdown';
export { slugifyHeading } from './render/headingIds';
export { courseAssetUrl } from './render/imagePolicy';
export { EXTERNAL_NOTE } from './render/linkRule';
export type { LinkTargets, RenderContext } from './render/renderContext';
