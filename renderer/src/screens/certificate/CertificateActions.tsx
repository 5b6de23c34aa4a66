import type React from 'react';
import { useEffect } from 'react';
import type { CertificateSummary } from '../../../../main/contract/certificateSchemas';
import { certificatePdfPath } from '../../../../main/contract/filePaths';
import { certificatePdfAddress, invoke, isDesktopShell } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { base64Blob, saveFile, saveTextFile } from '../../ui/fileDownload';
import { printPdf, removePrintFrame } from '../../ui/printPdf';
import { useAction } from '../../ui/useAction';

/*
 * The certificate PDF is served at its own address in both shells (filePaths.ts). In the browser shell, Open PDF
 * shows it in a new tab and Print prints it from a hidden frame. The desktop window shows no PDF itself: Open PDF
 * hands it to the system's PDF viewer (desktop/certificateViewer.ts), which is also where it prints.
 */

/** Save the PDF, open it, print it, save credential.json. */
export function CertificateActions({ certificate }: { certificate: CertificateSummary }) {
  const download = useAction();
  const print = useAction();
  const open = useAction();
  const { certificateId } = certificate;
  const pdfPath = certificatePdfPath(certificateId);
  const desktop = isDesktopShell();
  useEffect(() => removePrintFrame, []);
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
  const printCertificate = () =>
    void print.run(
      async () => printPdf(await certificatePdfAddress(certificateId)),
      'The certificate PDF went to the print dialog.',
    );
  // The browser shell needs a one-use link for the new tab (contractClient.ts); the desktop window's own address
  // goes to the system's viewer.
  const openPdf = (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (desktop) return;
    event.preventDefault();
    void open.run(async () => {
      window.open(await certificatePdfAddress(certificateId), '_blank', 'noopener');
    }, 'The certificate PDF opened in a new tab.');
  };
  return (
    <div className="screen-only">
      <div className="actions">
        <BusyButton className="primary" busy={download.busy} busyLabel="Preparing…" onClick={savePdf}>
          Save PDF
        </BusyButton>
        <a className="button-link" href={pdfPath} target="_blank" rel="noopener" onClick={openPdf}>
          Open PDF
          <span className="visually-hidden">
            {desktop ? ' (opens in your PDF viewer)' : ' (opens in a new tab)'}
          </span>
        </a>
        {!desktop && (
          <BusyButton busy={print.busy} busyLabel="Preparing…" onClick={printCertificate}>
            Print PDF
          </BusyButton>
        )}
        <BusyButton busy={download.busy} busyLabel="Preparing…" onClick={saveCredential}>
          Save credential.json
        </BusyButton>
      </div>
      <ActionFeedback state={download.state} running="Preparing the file…" />
      <ActionFeedback state={print.state} running="Preparing the certificate for printing…" />
      <ActionFeedback state={open.state} running="Opening the certificate PDF…" />
      <p className="field-hint">
        The PDF is the signed certificate, with its credential.json inside; keep it for your records.
        {desktop && ' Open PDF shows it in your PDF viewer, where you can also print it.'}
      </p>
    </div>
  );
}
