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
  // Where each line starts: the body is cut by offsets rather than split into a string per line.
  const starts = lineStarts(body);
  const lineText = (line: number) => body.slice(starts[line] ?? body.length, (starts[line + 1] ?? 0) - 1);
  const blocks: QuestionBlock[] = [];
  // Pieces joined once at the end: a flat string, which reads faster than one built up with +=.
  const reading: string[] = [];
  let copied = 0;
  let rejected = 0;
  // An index loop: this walks every token of the module (see render/inlineBlocks.ts).
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type !== 'fence' || !token.map || !isQuestionInfo(token.info)) continue;
    const [start, end] = token.map;
    const place = { file: where.file, line: start + where.bodyFirstLine, column: 1 };
    if (token.level > 0) {
      rejected++;
      sink.error(
        place,
        'This question block is inside a list or quote; move it to the top level (no indentation).',
      );
    } else if (!isClosed(lineText(end - 1), token.markup, end - start)) {
      rejected++;
      sink.error(
        place,
        `This question block is never closed; add a line with only ${token.markup} after its last key.`,
      );
    } else {
      blocks.push({ yaml: token.content, yamlFirstLine: start + where.bodyFirstLine + 1 });
      // The block's lines stay as empty lines: the text before them, their line breaks, and on from the break
      // that ends the block.
      const last = Math.min(end, starts.length - 1);
      reading.push(body.slice(copied, starts[start]), '\n'.repeat(Math.max(0, last - start - 1)));
      copied = (starts[last] ?? 0) - 1;
    }
  }
  reading.push(body.slice(copied));
  return { blocks, rejected, readingMarkdown: reading.join('') };
}

/** Whether a fence's info string names the question language: its first word is `question`. */
function isQuestionInfo(info: string): boolean {
  return info.trim().split(/\s+/)[0] === 'question';
}

/** The offset of each line's start, and one more entry: where a line after the last would start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  starts.push(text.length + 1);
  return starts;
}

function isClosed(lastLine: string, markup: string, blockLines: number): boolean {
  const fenceChar = markup[0] ?? '`';
  const trimmed = lastLine.trim();
  return blockLines > 1 && trimmed.length >= markup.length && [...trimmed].every((c) => c === fenceChar);
}
