import type { AppError } from './errors';

/** What every channel call returns across a shell: a value, or a typed error. Never a thrown exception. */
export type ChannelResult<T> = { ok: true; value: T } | { ok: false; error: AppError };
