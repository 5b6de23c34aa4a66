/** Finds where an inline link target was written, since markdown-it keeps lines only for blocks. */
export class SourceColumns {
  /** Where each line starts, found as far as a search needed: the source is not split into a string per line. */
  private readonly starts = [0];
  private cursorLine = -1;
  private cursorColumn = 0;

  constructor(private readonly source: string) {}

  /**
   * The 0-based line and 1-based column of `target` within the block lines [start, end), searching after the
   * previous hit in the same block so repeated targets get their own places. Falls back to the block's first line.
   */
  locate(target: string, start: number, end: number): { line: number; column: number } {
    if (this.cursorLine < start || this.cursorLine >= end) {
      this.cursorLine = start;
      this.cursorColumn = 0;
    }
    for (const candidate of spellings(target)) {
      const hit = this.search(candidate, end);
      if (hit) return hit;
    }
    return { line: start, column: firstTextColumn(this.lineText(start)) };
  }

  /** The first hit from the cursor on that lies in a line before `end`; a target never spans lines. */
  private search(candidate: string, end: number): { line: number; column: number } | null {
    const from = this.lineStart(this.cursorLine);
    if (from === null || candidate.includes('\n')) return null;
    const regionStart = from + this.cursorColumn;
    const regionEnd = this.lineStart(end) ?? this.source.length;
    const index = this.source.slice(regionStart, regionEnd).indexOf(candidate);
    if (index === -1) return null;
    const at = regionStart + index;
    let line = this.cursorLine;
    while ((this.lineStart(line + 1) ?? Infinity) <= at) line++;
    const column = at - (this.lineStart(line) ?? 0);
    this.cursorLine = line;
    this.cursorColumn = column + candidate.length;
    return { line, column: column + 1 };
  }

  /** Where a 0-based line starts; null past the last line. */
  private lineStart(line: number): number | null {
    while (this.starts.length <= line) {
      const last = this.starts[this.starts.length - 1] ?? 0;
      if (last > this.source.length) return null;
      const lineBreak = this.source.indexOf('\n', last);
      // A start past the end marks that the last line was found.
      this.starts.push(lineBreak === -1 ? this.source.length + 1 : lineBreak + 1);
    }
    const found = this.starts[line] ?? 0;
    return found > this.source.length ? null : found;
  }

  private lineText(line: number): string {
    const start = this.lineStart(line);
    if (start === null) return '';
    const lineBreak = this.source.indexOf('\n', start);
    return this.source.slice(start, lineBreak === -1 ? this.source.length : lineBreak);
  }
}

/** The target as markdown-it normalised it, and as the author probably typed it. */
function spellings(target: string): string[] {
  const found = [target];
  // Without a % escape both spellings are the same, and searching twice would find nothing new.
  if (!target.includes('%')) return found.filter((s) => s !== '');
  try {
    found.push(decodeURI(target));
  } catch {
    // an unusual escape: the normalised form is all we can look for
  }
  return found.filter((s) => s !== '');
}

function firstTextColumn(line: string): number {
  return line.length - line.trimStart().length + 1;
}
