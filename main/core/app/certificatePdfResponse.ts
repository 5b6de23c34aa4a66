import type { ChannelOutput } from '../../contract/channels';
import { securityHeaders } from './contentSecurityPolicy';
import type { Core } from './core';
import { dispatchChannel } from './dispatchChannel';
import type { Session } from './session';

/** A shell's answer to a certificate PDF address: the file with its headers, or a status and a plain message. */
export type CertificatePdfResponse =
  | { status: 200; fileName: string; body: Buffer; headers: Record<string, string> }
  | { status: 401 | 404 | 500; message: string };

/**
 * Headers for a certificate PDF shown in a viewer. It may be framed by the app alone (to print it) and needs none
 * of the app's sources, so its own CSP allows nothing but that framing.
 */
function pdfHeaders(fileName: string): Record<string, string> {
  // RFC 6266: an ASCII fallback for old viewers, and the exact name in UTF-8.
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return {
    ...securityHeaders,
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
    'Cache-Control': 'no-store',
  };
}

/**
 * The PDF of one certificate for the session's learner, through the same channel (and so the same ownership check)
 * as saving it: another learner's certificate, or none signed in, gets a plain message and no bytes.
 */
export async function certificatePdfResponse(
  core: Core,
  session: Session,
  certificateId: string,
): Promise<CertificatePdfResponse> {
  const result = await dispatchChannel(
    core.handlers,
    'certificates.pdf',
    { certificateId },
    session,
    core.log,
  );
  if (result.ok) {
    // dispatchChannel has parsed the output against the contract.
    const file = result.value as ChannelOutput<'certificates.pdf'>;
    const body = Buffer.from(file.dataBase64, 'base64');
    return { status: 200, fileName: file.fileName, body, headers: pdfHeaders(file.fileName) };
  }
  if (result.error.code === 'not_signed_in') {
    return {
      status: 401,
      message: 'Choose your profile in CE Player first, then open the certificate again.',
    };
  }
  if (result.error.code === 'not_found' || result.error.code === 'invalid_input') {
    return { status: 404, message: 'This certificate is not in your transcript.' };
  }
  return { status: 500, message: result.error.message };
}
