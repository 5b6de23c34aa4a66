/*
 * Addresses of files the shells serve from the app's own origin, shared by the renderer (which links to them) and
 * both shells (which answer them). A certificate PDF at its address can be opened in a PDF viewer or framed for
 * printing, which a download cannot.
 */
const CERTIFICATE_PDF_PATH = /^\/files\/certificates\/([0-9a-f-]{36})\.pdf$/;

/** The app-relative address of a certificate's PDF. */
export function certificatePdfPath(certificateId: string): string {
  return `/files/certificates/${encodeURIComponent(certificateId)}.pdf`;
}

/** The certificate id of a PDF address, or null for any other path. */
export function certificateIdOfPdfPath(pathname: string): string | null {
  return CERTIFICATE_PDF_PATH.exec(pathname)?.[1] ?? null;
}
