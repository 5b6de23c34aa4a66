/** Finds where an inline link target was written, since markdown-it keeps lines only for blocks. */
export class SourceColumns {
  private readonly lines: string[];
  private cursorLine = -1;
  private cursorColumn = 0;

  constructor(source: string) {
    this.lines = source.split('\n');
  }

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
    return { line: start, column: firstTextColumn(this.lines[start] ?? '') };
  }

  private search(candidate: string, end: number): { line: number; column: number } | null {
    for (let line = this.cursorLine; line < end && line < this.lines.length; line++) {
      const from = line === this.cursorLine ? this.cursorColumn : 0;
      const index = (this.lines[line] ?? '').indexOf(candidate, from);
      if (index !== -1) {
        this.cursorLine = line;
        this.cursorColumn = index + candidate.length;
        return { line, column: index + 1 };
      }
    }
    return null;
  }
}

/** The target as markdown-it normalised it, and as the author probably typed it. */
function spellings(target: string): string[] {
  const found = [target];
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
