import type { DocumentHeading } from '../courseTypes';
import type { ImageDecision } from './imagePolicy';
import type { LinkDecision } from './linkPolicy';

/** How the app addresses in-app pages; the shells decide the URL scheme. */
export interface LinkTargets {
  moduleHref(moduleId: string, anchor?: string): string;
  referencesHref(anchor?: string): string;
}

/** Which kind of document is rendered: module reading text, references.md, or other course text (the summary). */
export type DocumentKind = 'module' | 'references' | 'other';

/** Everything the rendering rules need to know about the document and its package. */
export interface RenderContext {
  courseId: string;
  /** Realpath of the package folder. */
  rootDir: string;
  /** Path of the document relative to the package root; relative links resolve from here. */
  file: string;
  kind: DocumentKind;
  /** The module being rendered, for `#anchor` links; null outside modules. */
  currentModuleId: string | null;
  /** Module file path (relative to the root) to module id. */
  moduleIdsByFile: ReadonlyMap<string, string>;
  targets: LinkTargets;
  /** 1-based file line of the markdown's first line (front matter comes before it). */
  firstLine: number;
  /**
   * False for the loader's first pass, whose places are never shown (see courseLoader.ts): a link or image is then
   * placed at its block's first line, column 1, without searching the source for it.
   */
  exactPlaces?: boolean;
}

/** A link or image met while parsing, with the decision the renderer applied to it. */
export type MarkdownFinding =
  | { kind: 'link'; target: string; line: number; column: number; decision: LinkDecision }
  | { kind: 'image'; target: string; line: number; column: number; decision: ImageDecision; alt: string };

/** A `[key]` reference list item of references.md. */
export interface ReferenceKey {
  key: string;
  line: number;
}

/** markdown-it's `env` for one parse: the context in, what the rules found out. (A type, so it fits `Env`.) */
export type RenderEnv = {
  context: RenderContext;
  headings: DocumentHeading[];
  findings: MarkdownFinding[];
  referenceKeys: ReferenceKey[];
};

/** A fresh env for one parse or render. */
export function createRenderEnv(context: RenderContext): RenderEnv {
  return { context: oneShape(context), headings: [], findings: [], referenceKeys: [] };
}

/**
 * The context written out key by key in one order. Callers build contexts in several ways (literals, spreads, with
 * and without `exactPlaces`); the rules that read every one should see a single object shape, or V8 throws away
 * their optimised code each time a new shape turns up. Measured (issue 19): without this, the index loops over tokens
 * and YAML values and the objects written key by key, the bench's course load took 1.39x-1.50x the CPU time; with
 * any one of the three put back, still 1.26x-1.36x.
 */
function oneShape(context: RenderContext): RenderContext {
  return {
    courseId: context.courseId,
    rootDir: context.rootDir,
    file: context.file,
    kind: context.kind,
    currentModuleId: context.currentModuleId,
    moduleIdsByFile: context.moduleIdsByFile,
    targets: context.targets,
    firstLine: context.firstLine,
    exactPlaces: context.exactPlaces ?? true,
  };
}

/** The env of a parse, or null when a caller rendered without one (then every link is refused). */
export function renderEnvOf(env: unknown): RenderEnv | null {
  const candidate = env as Partial<RenderEnv> | null | undefined;
  return candidate && candidate.context && Array.isArray(candidate.findings)
    ? (candidate as RenderEnv)
    : null;
}
