import type { CertificatePdf } from '../issuance/certificateFiles';
import type { AppLog } from './appLog';
import type { ChannelHandlers } from './channelHandlers';
import type { Session } from './session';
import type { SessionKeeper } from './sessionKeeper';

/**
 * What a shell needs from the core: the contract's handlers, certificate PDFs and course files for the shells' own
 * addresses, and shutdown.
 */
export interface Core {
  readonly handlers: ChannelHandlers;
  /**
   * The PDF of one of the session's learner's certificates, as bytes, under the same session rules and ownership
   * check as the `certificates.pdf` channel (certificatePdfResponse answers the PDF addresses with it).
   */
  certificatePdf(certificateId: string, session: Session): Promise<CertificatePdf>;
  readonly log: AppLog;
  /** Opens the sessions of windows and tabs, on the core's clock and its sign-out rules. */
  readonly sessions: SessionKeeper;
  /** The real path of an asset inside a course package, or null when it is missing or outside the package. */
  resolveCourseAsset(courseId: string, relativePath: string): string | null;
  /** Starts sending learning records to the LRS the machine settings name (nothing happens without one). */
  startRecordSync(): void;
  close(): void;
}
