import type { CourseProblem } from './courseTypes';

/** A place in a package file; line and column are 1-based. */
export interface SourcePlace {
  file: string;
  line: number;
  column: number;
}

/** The start of a file, for problems that belong to a whole file. */
export function fileStart(file: string): SourcePlace {
  return { file, line: 1, column: 1 };
}

/** Collects every problem of one load, so an author sees them all at once. */
export class ProblemSink {
  private readonly problems: CourseProblem[] = [];
  // Readers ask for the error count after every question, so it is kept rather than counted each time.
  private errors = 0;

  /**
   * @param needsPlaces false for a first pass that only asks whether a package has any problem at all; its places
   * may be approximate, so its problems are never shown.
   */
  constructor(readonly needsPlaces = true) {}

  /** Records an error: the package cannot be played until it is fixed. */
  error(place: SourcePlace, message: string): void {
    this.problems.push({ severity: 'error', ...place, message: asSentence(message) });
    this.errors++;
  }

  /** Records a warning: the package plays, but the author should look. */
  warning(place: SourcePlace, message: string): void {
    this.problems.push({ severity: 'warning', ...place, message: asSentence(message) });
  }

  /** True when at least one error was recorded. */
  hasErrors(): boolean {
    return this.errors > 0;
  }

  /** How many errors were recorded so far; lets a reader tell whether its own part added any. */
  errorCount(): number {
    return this.errors;
  }

  /** The problems sorted by file, line and column, without exact duplicates. */
  list(): CourseProblem[] {
    const seen = new Set<string>();
    const unique = this.problems.filter((p) => {
      const key = `${p.severity}|${p.file}|${p.line}|${p.column}|${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return unique.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
  }
}

/** Capitalizes a message that starts with a plain word ("the module front matter ..."), not a key or file name. */
function asSentence(message: string): string {
  return /^[a-z]+ /.test(message) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
