import { channels, isChannelName } from '../../contract/channels';
import type { ChannelResult } from '../../contract/result';
import { CoreError } from '../coreError';
import { describeStorageFailure } from '../db/storageFailure';
import { issuePath } from '../issueText';
import type { AppLog } from './appLog';
import type { ChannelHandler, ChannelHandlers } from './channelHandlers';
import type { Session } from './session';

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issuePath(issue.path)}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * Carries one call from a shell to the core: checks the channel name, validates the input against the contract,
 * runs the handler, and parses the output through the contract (which strips any field the contract does not name).
 * Always resolves, never rejects: failures come back as typed `{ code, message }` errors, a disk that refused a
 * write (read-only, full) as `storage` in plain words, and unexpected ones are logged with their stack.
 */
export async function dispatchChannel(
  handlers: ChannelHandlers,
  channelName: string,
  rawInput: unknown,
  session: Session,
  log: AppLog,
): Promise<ChannelResult<unknown>> {
  if (!isChannelName(channelName)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `There is no channel named "${channelName}".` },
    };
  }
  const contract = channels[channelName];
  const input = contract.input.safeParse(rawInput ?? {});
  if (!input.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `Invalid input for ${channelName}: ${describeIssues(input.error.issues)}`,
      },
    };
  }
  try {
    // The map's type ties each handler to its channel; here the channel is only known at run time.
    const handler = handlers[channelName] as ChannelHandler<typeof channelName>;
    const value: unknown = await handler(input.data as never, session);
    const output = contract.output.safeParse(value);
    if (!output.success) {
      log.error(
        `Channel ${channelName} produced output that breaks the contract: ${describeIssues(output.error.issues)}`,
      );
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside CE Player. Please try again.' },
      };
    }
    return { ok: true, value: output.data };
  } catch (err) {
    if (err instanceof CoreError) return { ok: false, error: { code: err.code, message: err.message } };
    const storage = describeStorageFailure(err);
    if (storage !== null) {
      log.error(
        `Channel ${channelName} could not write: ${err instanceof Error ? err.message : String(err)}`,
      );
      return { ok: false, error: { code: 'storage', message: storage } };
    }
    log.error(`Channel ${channelName} failed`, err);
    return {
      ok: false,
      error: {
        code: 'internal',
        message:
          'Something went wrong inside CE Player. Please try again; if it happens again, restart the app.',
      },
    };
  }
}
