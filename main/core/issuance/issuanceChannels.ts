import type { ChannelHandlers } from '../app/channelHandlers';
import { createCertificateHandlers } from './certificateChannels';
import { createCompletionStepHandlers } from './completionStepChannels';
import type { IssuanceContext } from './issuanceContext';
import { createRecordsHandlers } from './recordsChannels';

type IssuanceChannel =
  | keyof ReturnType<typeof createCompletionStepHandlers>
  | keyof ReturnType<typeof createCertificateHandlers>
  | keyof ReturnType<typeof createRecordsHandlers>;

/**
 * Every channel of the last steps of a course and what follows: the evaluation, the attestation, certificates
 * (status, issue, transcript, PDF, credential, name correction, verification) and record exports and imports.
 */
export function createIssuanceHandlers(context: IssuanceContext): Pick<ChannelHandlers, IssuanceChannel> {
  return {
    ...createCompletionStepHandlers(context),
    ...createCertificateHandlers(context),
    ...createRecordsHandlers(context),
  };
}
