import type { Token } from 'markdown-it';
import type { ProblemSink } from './problemSink';

/** A ```question fenced block found in a module body. */
export interface QuestionBlock {
  yaml: string;
  /** 1-based file line of the first YAML line (the line after the opening fence). */
  yamlFirstLine: number;
}

/** The question blocks of a module body, and the body with their lines blanked out. */
export interface QuestionBlockSplit {
  blocks: QuestionBlock[];
  /** Question blocks that were reported (nested or never closed) and left out. */
  rejected: number;
  /** The reading text: question block lines are emptied, so every other line keeps its number. */
  readingMarkdown: string;
  /** Where the blocks taken out are in the parsed tokens, so the parse can serve the reading text too. */
  fenceIndexes: number[];
}

/**
 * Takes the ```question blocks out of a parsed module body. Blocks nested in a list or quote and blocks that are
 * never closed are reported, because the author clearly meant a question there.
 */
export function splitQuestionBlocks(
  body: string,
  tokens: readonly Token[],
  where: { file: string; bodyFirstLine: number },
  sink: ProblemSink,
): QuestionBlockSplit {
  const lines = body.split('\n');
  const blocks: QuestionBlock[] = [];
  const fenceIndexes: number[] = [];
  let rejected = 0;
  tokens.forEach((token, index) => {
    if (token.type !== 'fence' || token.info.trim().split(/\s+/)[0] !== 'question' || !token.map) return;
    const [start, end] = token.map;
    const place = { file: where.file, line: start + where.bodyFirstLine, column: 1 };
    if (token.level > 0) {
      rejected++;
      sink.error(
        place,
        'This question block is inside a list or quote; move it to the top level (no indentation).',
      );
    } else if (!isClosed(lines[end - 1] ?? '', token.markup, end - start)) {
      rejected++;
      sink.error(
        place,
        `This question block is never closed; add a line with only ${token.markup} after its last key.`,
      );
    } else {
      blocks.push({ yaml: token.content, yamlFirstLine: start + where.bodyFirstLine + 1 });
      lines.fill('', start, end);
      fenceIndexes.push(index);
    }
  });
  return { blocks, rejected, readingMarkdown: lines.join('\n'), fenceIndexes };
}

function isClosed(lastLine: string, markup: string, blockLines: number): boolean {
  const fenceChar = markup[0] ?? '`';
  const trimmed = lastLine.trim();
  return blockLines > 1 && trimmed.length >= markup.length && [...trimmed].every((c) => c === fenceChar);
}
