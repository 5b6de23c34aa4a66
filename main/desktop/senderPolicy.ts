import { isAppUrl } from './appOrigin';

/** The facts about an IPC sender that decide whether it may call the contract. */
export interface IpcSender {
  /** The sender's WebContents id. */
  contentsId: number;
  /** The URL of the frame that sent the message, or null when the frame is gone. */
  frameUrl: string | null;
  isTopFrame: boolean;
}

/**
 * Only the app's own windows, from their top frame, on the app's own origin may call the contract. A subframe, a
 * navigated-away page or any other web contents is refused.
 */
export function isTrustedSender(sender: IpcSender, trustedContentsIds: ReadonlySet<number>): boolean {
  return (
    trustedContentsIds.has(sender.contentsId) &&
    sender.isTopFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}
