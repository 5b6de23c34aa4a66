import { dataIntegrityLibraries } from './dataIntegrityLibraries';

let warming: Promise<void> | null = null;

/**
 * Starts loading what issuing and checking a certificate need (pdfkit, qrcode, and the Data Integrity stack with
 * jsonld) in the background, once, so that a learner who opens the certificate screen does not wait for it when
 * they press Issue. Start-up never calls it: the libraries stay unloaded until certificates are in view. A failure
 * here is left for the real use to report.
 */
export function warmCertificateLibraries(): void {
  warming ??= Promise.all([dataIntegrityLibraries(), import('pdfkit'), import('qrcode')]).then(
    () => undefined,
    () => {
      warming = null;
    },
  );
}
