import { CoreError } from '../coreError';
import { securityHeaders } from './contentSecurityPolicy';
import type { Core } from './core';
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
 * The PDF of one certificate for the session's learner, as the bytes the core keeps, with the same session rules and
 * ownership check as saving it: another learner's certificate, or none signed in, gets a plain message and no bytes.
 */
export async function certificatePdfResponse(
  core: Core,
  session: Session,
  certificateId: string,
): Promise<CertificatePdfResponse> {
  try {
    const { fileName, pdf } = await core.certificatePdf(certificateId, session);
    return { status: 200, fileName, body: pdf, headers: pdfHeaders(fileName) };
  } catch (error) {
    if (!(error instanceof CoreError)) {
      core.log.error('Serving a certificate PDF failed', error);
      return { status: 500, message: 'Something went wrong inside CE Player. Please try again.' };
    }
    if (error.code === 'not_signed_in') {
      return {
        status: 401,
        message: 'Choose your profile in CE Player first, then open the certificate again.',
      };
    }
    if (error.code === 'not_found')
      return { status: 404, message: 'This certificate is not in your transcript.' };
    return { status: 500, message: error.message };
  }
}
