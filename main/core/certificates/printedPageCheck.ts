import type { JsonObject } from './canonicalJson';
import type { SignedCredential } from './certificateCredential';
import type { CertificateSnapshot } from './certificateSnapshot';
import { PdfFile } from './pdfFile';
import { firstDifference } from './pdfObjectGraph';
import { listPages } from './pdfPageText';
import { renderCertificatePdf } from './renderCertificatePdf';

/** Why a certificate PDF's page is not bound to its (valid) credential. */
export type PageFailureReason = 'incremental-update' | 'duplicate-object' | 'annotation' | 'page-mismatch';

export type PageCheck =
  { ok: true; checks: string[] } | { ok: false; reason: PageFailureReason; message: string };

/**
 * Binds a certificate PDF to its verified credential. Refuses what CE Player never writes (an incremental update,
 * an object defined twice or outside the cross-reference table, annotations), then draws the page again from the
 * credential and requires the file to be that PDF, object for object and stream for stream (`firstDifference`: the
 * one normalisation is that numbering, order and compression of objects do not matter).
 */
export async function checkPrintedPage(
  pdf: PdfFile,
  snapshot: CertificateSnapshot,
  credential: JsonObject,
  fontDir: string | undefined,
): Promise<PageCheck> {
  const fail = (reason: PageFailureReason, message: string): PageCheck => ({ ok: false, reason, message });
  if (pdf.revisions > 1) {
    return fail(
      'incremental-update',
      `The PDF was saved again over the issued file: it has ${pdf.revisions} cross-reference sections (an ` +
        'incremental update, or a rewrite by another program), where CE Player writes one. Check the original ' +
        'file or its credential.json.',
    );
  }
  if (pdf.strayDefinitions.length > 0) {
    return fail(
      'duplicate-object',
      `The PDF defines object ${pdf.strayDefinitions.join(', ')} twice, or where its cross-reference table does ` +
        'not point, so different programs may show different pages. CE Player never writes such a file.',
    );
  }
  const pages = listPages(pdf);
  const annotated = pages.filter(({ page }) => pdf.array(page.get('Annots')).length > 0).length;
  if (annotated > 0) {
    return fail(
      'annotation',
      'The PDF has annotations over its page, which can show text the certificate does not state. CE Player ' +
        'never adds annotations: the page was changed.',
    );
  }
  const drawn = new PdfFile(
    await renderCertificatePdf(snapshot, credential as SignedCredential, { fontDir }),
  );
  const difference = firstDifference(pdf, drawn);
  if (difference) {
    return fail(
      'page-mismatch',
      'The page is not the one CE Player draws for this credential: its text, fonts, drawings or attachments ' +
        `were changed (the first difference is at ${difference}).`,
    );
  }
  return {
    ok: true,
    checks: [
      'the PDF is written in one piece, with no annotations and no object defined twice',
      'the page drawn again from the credential is identical: content, resources and fonts',
    ],
  };
}
