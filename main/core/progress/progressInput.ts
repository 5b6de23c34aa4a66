import { z } from 'zod';
import { CoreError } from '../coreError';
import { firstIssue, issueText } from '../issueText';

/*
 * The fields that progress, notes, bookmarks, heartbeats and the records file are made of, as zod schemas. Their
 * messages say what is wrong without naming the field: a caller puts the field's label (or, in a records file, its
 * place) in front.
 */

/** Names a module of one course version, and the content the learner saw. */
export interface ModuleRef {
  readonly courseId: string;
  readonly courseVersion: string;
  readonly moduleId: string;
  readonly contentHash: string;
}

const maxIdLength = 200;
const idRule = `must be 1 to ${maxIdLength} characters of text without line breaks.`;

/** An identifier (course id, version, module id, hash, anchor, beat id): 1-200 characters, no control characters. */
export const idText = z
  .string({ error: idRule })
  .refine((value) => value.length > 0 && value.length <= maxIdLength && !/\p{Cc}/u.test(value), {
    error: idRule,
  });

/** A Unix-ms instant: a whole number of milliseconds from 0. */
export const instant = z
  .number({ error: 'must be a time in whole milliseconds.' })
  .refine((value) => Number.isSafeInteger(value) && value >= 0, {
    error: 'must be a time in whole milliseconds.',
  });

/** Free text up to `max` characters (UTF-16 units); line breaks and tabs are allowed, other controls are not. */
export function freeText(max: number) {
  return z
    .string({ error: 'must be text.' })
    .max(max, { error: `can be at most ${max} characters.` })
    .refine((value) => !/(?![\n\r\t])\p{Cc}/u.test(value), {
      error: 'contains characters that cannot be saved.',
    });
}

/** The schema's value, where null or a missing value stands for "none". */
export function orNull<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? null);
}

/** Parses one value, or fails with `invalid_input` and a message that starts with the field's label. */
export function readField<T extends z.ZodType>(schema: T, value: unknown, label: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CoreError('invalid_input', issueText(firstIssue(parsed.error), label));
  return parsed.data;
}

/** Validates an identifier; `label` names it in the message. */
export function readId(value: unknown, label: string): string {
  return readField(idText, value, label);
}

/** Validates a free-text field up to `max` characters; line breaks are allowed. */
export function readFreeText(value: unknown, label: string, max: number): string {
  return readField(freeText(max), value, label);
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
  return readField(instant, value, label);
}
