import type { LrsAnswer } from './lrsClient';

/*
 * The sync worker's problems in words for the learner's settings screen and the log. They name the LRS by its host
 * only: never the key, never the secret.
 */

const kept = 'Your records are kept on this computer';

/** The LRS could not be reached, timed out, or was busy: CE Player tries again by itself. */
export function unavailableMessage(
  host: string,
  answer: Extract<LrsAnswer, { kind: 'unavailable' }>,
): string {
  const what =
    answer.reason === 'timeout'
      ? `did not answer in time (${answer.detail})`
      : answer.reason === 'busy'
        ? `is not taking records just now (${answer.detail})`
        : `could not be reached (${answer.detail})`;
  return `The learning record store at ${host} ${what}. ${kept} and sent when it answers; CE Player tries again by itself.`;
}

/** The learner database could not be read or written while sending (a full disk, say). */
export const databaseProblemMessage =
  `CE Player could not read or write its learner database while sending records. ${kept}; ` +
  'CE Player tries again by itself.';

/** 401 or 403: the credentials are wrong. Sending stops until IT fixes the settings. */
export function unauthorizedMessage(host: string, status: number): string {
  return (
    `The learning record store at ${host} refused CE Player's key and secret (HTTP ${status}). Sending has stopped ` +
    'until clinic IT corrects "lrs.key" and "lrs.secret" in the settings file. ' +
    `${kept} and will be sent then.`
  );
}

/** Any other answer: the endpoint is not an LRS's statements resource. */
export function misdirectedMessage(host: string, status: number): string {
  return (
    `The address in "lrs.endpoint" (${host}) did not answer as a learning record store (HTTP ${status}). Sending ` +
    `has stopped until clinic IT corrects it. ${kept} and will be sent then.`
  );
}

/** Statements the LRS holds differently (409) or refuses (400): set aside for IT, never sent again by themselves. */
export function heldBackMessage(host: string, conflicts: number, refused: number): string {
  const parts = [
    conflicts > 0
      ? `already holds different records under the ids of ${conflicts} ${conflicts === 1 ? 'statement' : 'statements'} (HTTP 409)`
      : '',
    refused > 0
      ? `refused ${refused} ${refused === 1 ? 'statement' : 'statements'} as invalid (HTTP 400)`
      : '',
  ].filter(Boolean);
  return (
    `The learning record store at ${host} ${parts.join(' and ')}. Those are held back and listed in the audit log ` +
    'for clinic IT, and are never sent again by themselves. Sending has stopped; Send now sends the other records.'
  );
}
