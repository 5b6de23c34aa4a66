import type { ErrorCode } from '../contract/errors';

/**
 * A failure the learner or author should hear about in plain words.
 * Shells turn it into `{ code, message }`; any other thrown value becomes `internal` and is logged with its stack.
 */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
