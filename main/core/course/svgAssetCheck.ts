import fs from 'node:fs';
import { readPackageText } from './packageFiles';
import type { ProblemSink, SourcePlace } from './problemSink';
import { findUnsafeSvg } from './svgSafety';

/** Whether a package path or file name is an SVG image (by its extension, as the shells choose the content type). */
export function isSvgPath(file: string): boolean {
  return file.toLowerCase().endsWith('.svg');
}

/** Checks each SVG image a package shows, once, and reports an unsafe one at its own file and line. */
export class SvgAssetCheck {
  private readonly checked = new Set<string>();

  constructor(private readonly rootDir: string) {}

  /** `relPath` is an image a document shows (at `shownAt`); only SVGs are read. */
  check(relPath: string, shownAt: SourcePlace, sink: ProblemSink): void {
    if (!isSvgPath(relPath) || this.checked.has(relPath)) return;
    this.checked.add(relPath);
    const shownBy = `It is shown by ${shownAt.file} line ${shownAt.line}.`;
    const read = readPackageText(this.rootDir, relPath);
    if (read.kind !== 'text') {
      const why = read.kind === 'missing' ? 'it is missing' : read.reason;
      sink.error({ file: relPath, line: 1, column: 1 }, `This SVG image cannot be read: ${why}. ${shownBy}`);
      return;
    }
    const problem = findUnsafeSvg(read.text);
    if (problem) {
      sink.error(
        { file: relPath, line: problem.line, column: problem.column },
        `This SVG image is not allowed: ${problem.reason}. ${shownBy} Keep course SVGs to shapes, paths, text and a title.`,
      );
    }
  }
}

/**
 * The file an asset request may be answered with: a course's SVG is served only when it passes the same check the
 * loader makes (read now, so a file changed after loading is judged as it is served); other images as they are.
 */
export function servableCourseAsset(absPath: string | null): string | null {
  if (absPath === null || !isSvgPath(absPath)) return absPath;
  try {
    return findUnsafeSvg(fs.readFileSync(absPath, 'utf8')) === null ? absPath : null;
  } catch {
    return null;
  }
}
