import { IdRegistry } from './idRegistry';
import { readPresentText } from './packageFiles';
import { REFERENCES_FILE } from './packageLayout';
import type { ProblemSink } from './problemSink';
import { analyzeCourseMarkdown } from './render/courseHtml';
import type { MarkdownFinding, RenderContext } from './render/renderContext';

/** What was read from references.md. */
export interface ReferencesRead {
  markdown: string;
  /** `[key]` entries in order, each once. */
  keys: string[];
  /** Keys and heading ids: every anchor `references.md#...` may point at. */
  anchors: Set<string>;
  findings: MarkdownFinding[];
}

/** Reads references.md when present and reports repeated `[key]` entries. */
export function readReferences(
  rootDir: string,
  linkContext: Omit<RenderContext, 'file' | 'kind' | 'currentModuleId' | 'firstLine'>,
  sink: ProblemSink,
): ReferencesRead | null {
  const text = readPresentText(rootDir, REFERENCES_FILE, sink);
  if (!text) return null;
  const { env } = analyzeCourseMarkdown(text.text, {
    ...linkContext,
    file: REFERENCES_FILE,
    kind: 'references',
    currentModuleId: null,
    firstLine: 1,
  });
  const registry = new IdRegistry('reference key', 'in references.md');
  const keys = env.referenceKeys
    .filter((ref) => registry.claim(ref.key, { file: REFERENCES_FILE, line: ref.line, column: 1 }, sink))
    .map((ref) => ref.key);
  const anchors = new Set([...keys, ...env.headings.map((h) => h.id)]);
  return { markdown: text.text, keys, anchors, findings: env.findings };
}
