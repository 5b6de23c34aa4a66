import { z } from 'zod';
import { CoreError } from '../coreError';
import { firstIssue, issueText } from '../issueText';

/** A JSON object of a records file; unknown fields are dropped. */
export function recordObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, { error: 'is not an object.' });
}

/** A JSON list of a records file. */
export function recordList<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'is not a list.' });
}

/**
 * Parses a records file, or a part of one, with its schema; a file that does not fit is refused with a message
 * naming the first bad field by its place in the file (`"heartbeats[4].creditedMs" ...`).
 */
export function parseRecords<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CoreError(
    'invalid_input',
    `This is not a usable CE Player records file: ${issueText(firstIssue(parsed.error), 'the file')}`,
  );
}
