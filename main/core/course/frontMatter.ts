import type { ProblemSink } from './problemSink';
import { fileStart } from './problemSink';

/** A module file cut into its front matter and its markdown body. */
export interface FrontMatterSplit {
  yaml: string;
  /** 1-based file line of the first YAML line. */
  yamlFirstLine: number;
  body: string;
  /** 1-based file line of the first body line. */
  bodyFirstLine: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** Splits `---` front matter from the body; reports and returns null when it is absent or never closed. */
export function splitFrontMatter(text: string, file: string, sink: ProblemSink): FrontMatterSplit | null {
  const lines = text.split('\n');
  if (!OPEN.test(lines[0] ?? '')) {
    sink.error(
      fileStart(file),
      'A module must start with front matter: a line with only ---, then id, title, minutes and objectives, ' +
        'then another line with only ---.',
    );
    return null;
  }
  const closeIndex = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (closeIndex === -1) {
    sink.error(
      fileStart(file),
      'The front matter opened with --- on line 1 is never closed; add a line with only --- after its last key.',
    );
    return null;
  }
  return {
    yaml: `${lines.slice(1, closeIndex).join('\n')}\n`,
    yamlFirstLine: 2,
    body: lines.slice(closeIndex + 1).join('\n'),
    bodyFirstLine: closeIndex + 2,
  };
}
