import type { ProblemSink, SourcePlace } from './problemSink';

/** Remembers where each id was first used, so a repeat can point at the first use. */
export class IdRegistry {
  private readonly firstUse = new Map<string, SourcePlace>();

  /** `what` names the id in messages, like "question id"; `scope` says where it must be unique. */
  constructor(
    private readonly what: string,
    private readonly scope: string,
  ) {}

  /** Records an id; reports and returns false when it was used before. */
  claim(id: string, place: SourcePlace, sink: ProblemSink): boolean {
    const first = this.firstUse.get(id);
    if (!first) {
      this.firstUse.set(id, place);
      return true;
    }
    const where = first.file === place.file ? `line ${first.line}` : `${first.file} line ${first.line}`;
    sink.error(
      place,
      `The ${this.what} "${id}" is already used at ${where}; ${this.what}s must be unique ${this.scope}.`,
    );
    return false;
  }
}
