import type { AppLog } from './appLog';
import type { ChannelHandlers } from './channelHandlers';

/** What a shell needs from the core: the contract's handlers, course files for the asset route, and shutdown. */
export interface Core {
  readonly handlers: ChannelHandlers;
  readonly log: AppLog;
  /** The real path of an asset inside a course package, or null when it is missing or outside the package. */
  resolveCourseAsset(courseId: string, relativePath: string): string | null;
  close(): void;
}
