import type { CertificateSummary } from '../../../../main/contract/certificateSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../app/ActionFeedback';
import { BusyButton } from '../../app/BusyButton';
import { base64Blob, saveFile, saveTextFile } from '../../app/fileDownload';
import { useAction } from '../../app/useAction';

/*
 * Why there is no "Open PDF", and why Print prints the on-screen summary (decided for both shells):
 * - printing the PDF needs it in a (hidden) iframe, and the app's CSP (`default-src 'none'`, no frame-src)
 *   blocks blob: frames: Chromium reports a `frame-src` violation;
 * - opening it needs window.open, which the desktop shell denies (windowHardening.ts); in a browser the blob:
 *   page would inherit the app's CSP (`object-src 'none'`), so whether its PDF viewer shows is up to the browser.
 * So the PDF is offered as a download (which the CSP does not govern), and Print uses the print stylesheet on
 * the summary, which says that the signed certificate is the PDF.
 */

/** Save the PDF, save credential.json, print the summary. */
export function CertificateActions({ certificate }: { certificate: CertificateSummary }) {
  const download = useAction();
  const { certificateId } = certificate;
  const savePdf = () =>
    void download.run(async () => {
      const file = await invoke('certificates.pdf', { certificateId });
      saveFile(file.fileName, base64Blob(file.dataBase64, 'application/pdf'));
    }, 'The certificate PDF is downloading.');
  const saveCredential = () =>
    void download.run(async () => {
      const file = await invoke('certificates.credential', { certificateId });
      saveTextFile(file.fileName, file.json, 'application/json');
    }, 'The credential file is downloading.');
  return (
    <div className="screen-only">
      <div className="actions">
        <BusyButton className="primary" busy={download.busy} busyLabel="Preparing…" onClick={savePdf}>
          Save PDF
        </BusyButton>
        <BusyButton busy={download.busy} busyLabel="Preparing…" onClick={saveCredential}>
          Save credential.json
        </BusyButton>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <ActionFeedback state={download.state} running="Preparing the file…" />
      <p className="field-hint">
        The PDF is the signed certificate, with its credential.json inside; keep it for your records. Print
        gives a summary page.
      </p>
    </div>
  );
}
