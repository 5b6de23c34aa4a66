import { ipcMain, type WebContents } from 'electron';
import type { ChannelResult } from '../contract/result';
import type { Core } from '../core/app/core';
import { dispatchChannel } from '../core/app/dispatchChannel';
import type { Session } from '../core/app/session';
import type { SessionKeeper } from '../core/app/sessionKeeper';
import { isTrustedSender } from './senderPolicy';

/**
 * One session per window: each window has its own signed-in learner, like each tab in the browser shell. Keyed by
 * WebContents; closing the window ends its session, so its learner is signed out with it.
 */
const sessions = new WeakMap<WebContents, Session>();

/** The session of a window, opened signed out on first use and ended when the window goes. */
export function sessionFor(keeper: SessionKeeper, contents: WebContents): Session {
  let session = sessions.get(contents);
  if (!session) {
    const opened = keeper.open('window');
    sessions.set(contents, opened);
    contents.once('destroyed', () => sessions.delete(contents));
    session = opened;
  }
  return session;
}

/**
 * Registers the single IPC entry point `ce:invoke`. Every call is checked for its sender, then validated against
 * the contract by the dispatcher before the core sees it.
 */
export function registerIpcBridge(core: Core, trustedContentsIds: ReadonlySet<number>): void {
  ipcMain.handle(
    'ce:invoke',
    async (event, channel: unknown, input: unknown): Promise<ChannelResult<unknown>> => {
      const frame = event.senderFrame;
      const sender = {
        contentsId: event.sender.id,
        frameUrl: frame?.url ?? null,
        isTopFrame: frame?.parent === null,
      };
      if (!isTrustedSender(sender, trustedContentsIds)) {
        core.log.error(`Refused an IPC call from an untrusted sender: ${sender.frameUrl ?? 'unknown frame'}`);
        return { ok: false, error: { code: 'forbidden', message: 'This page may not use CE Player.' } };
      }
      return dispatchChannel(
        core.handlers,
        String(channel),
        input,
        sessionFor(core.sessions, event.sender),
        core.log,
      );
    },
  );
}
