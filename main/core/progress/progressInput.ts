import { CoreError } from '../coreError';

/** Names a module of one course version, and the content the learner saw. */
export interface ModuleRef {
  readonly courseId: string;
  readonly courseVersion: string;
  readonly moduleId: string;
  readonly contentHash: string;
}

const maxIdLength = 200;

/** Validates an identifier (course id, version, module id, hash, anchor, beat id): 1-200 visible characters. */
export function readId(value: unknown, label: string): string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > maxIdLength ||
    /\p{Cc}/u.test(value)
  ) {
    throw new CoreError(
      'invalid_input',
      `${label} must be 1 to ${maxIdLength} characters of text without line breaks.`,
    );
  }
  return value;
}

/** Validates a free-text field up to `max` characters; line breaks are allowed. */
export function readFreeText(value: unknown, label: string, max: number): string {
  if (typeof value !== 'string') throw new CoreError('invalid_input', `${label} must be text.`);
  if (value.length > max) throw new CoreError('invalid_input', `${label} can be at most ${max} characters.`);
  if (/(?![\n\r\t])\p{Cc}/u.test(value)) {
    throw new CoreError('invalid_input', `${label} contains characters that cannot be saved.`);
  }
  return value;
}

/** Validates a module reference. */
export function readModuleRef(value: ModuleRef): ModuleRef {
  return {
    courseId: readId(value?.courseId, 'Course id'),
    courseVersion: readId(value?.courseVersion, 'Course version'),
    moduleId: readId(value?.moduleId, 'Module id'),
    contentHash: readId(value?.contentHash, 'Content hash'),
  };
}

/** Validates a Unix-ms instant supplied by a caller or an import file. */
export function readInstant(value: unknown, label: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new CoreError('invalid_input', `${label} must be a time in whole milliseconds.`);
  }
  return value;
}
