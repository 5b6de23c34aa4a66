import type { AppLog } from './appLog';
import type { ChannelHandlers } from './channelHandlers';
import type { SessionKeeper } from './sessionKeeper';

/** What a shell needs from the core: the contract's handlers, course files for the asset route, and shutdown. */
export interface Core {
  readonly handlers: ChannelHandlers;
  readonly log: AppLog;
  /** Opens the sessions of windows and tabs, on the core's clock and its sign-out rules. */
  readonly sessions: SessionKeeper;
  /** The real path of an asset inside a course package, or null when it is missing or outside the package. */
  resolveCourseAsset(courseId: string, relativePath: string): string | null;
  /** Starts sending learning records to the LRS the machine settings name (nothing happens without one). */
  startRecordSync(): void;
  close(): void;
}
