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
  // Walks line by line up to the closing line only: the body, most of the file, is taken as one slice.
  let end = lineEnd(text, 0);
  if (!OPEN.test(text.slice(0, end))) {
    sink.error(
      fileStart(file),
      'A module must start with front matter: a line with only ---, then id, title, minutes and objectives, ' +
        'then another line with only ---.',
    );
    return null;
  }
  const yamlStart = end + 1;
  for (let index = 1, start = yamlStart; start <= text.length; index++, start = end + 1) {
    end = lineEnd(text, start);
    if (!CLOSE.test(text.slice(start, end))) continue;
    return {
      // The YAML lines, each ending in a line break (an empty front matter is one empty line).
      yaml: index === 1 ? '\n' : text.slice(yamlStart, start),
      yamlFirstLine: 2,
      body: end < text.length ? text.slice(end + 1) : '',
      bodyFirstLine: index + 2,
    };
  }
  sink.error(
    fileStart(file),
    'The front matter opened with --- on line 1 is never closed; add a line with only --- after its last key.',
  );
  return null;
}

/** The index of the line break that ends the line starting at `start`, or the text's length for the last line. */
function lineEnd(text: string, start: number): number {
  const at = text.indexOf('\n', start);
  return at === -1 ? text.length : at;
}
