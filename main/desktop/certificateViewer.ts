import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell, type WebContents } from 'electron';
import { certificateIdOfPdfPath } from '../contract/filePaths';
import { certificatePdfResponse } from '../core/app/certificatePdfResponse';
import type { Core } from '../core/app/core';
import { isAppUrl } from './appOrigin';
import { sessionFor } from './ipcBridge';

/*
 * The desktop window shows no PDF itself (no plugins), so the renderer's "Open PDF" link, which asks for a new
 * window, is answered here: the core renders the PDF for that window's learner, it is written to a folder only
 * this user can read, and the system's PDF viewer opens it (and prints it). The folder is removed when the app
 * quits.
 */
let viewerDir: string | null = null;

function privateViewerDir(): string {
  // mkdtemp creates the folder with owner-only permissions.
  viewerDir ??= fs.mkdtempSync(path.join(app.getPath('temp'), 'ce-player-certificates-'));
  return viewerDir;
}

async function openInViewer(core: Core, contents: WebContents, certificateId: string): Promise<void> {
  const pdf = await certificatePdfResponse(core, sessionFor(core.sessions, contents), certificateId);
  if (pdf.status !== 200) {
    await dialog.showMessageBox({ type: 'warning', message: pdf.message });
    return;
  }
  const file = path.join(privateViewerDir(), path.basename(pdf.fileName));
  fs.writeFileSync(file, pdf.body, { mode: 0o600 });
  const failure = await shell.openPath(file);
  if (failure !== '') {
    await dialog.showMessageBox({
      type: 'warning',
      message: `CE Player could not open the PDF (${failure}). Use Save PDF and open the saved file instead.`,
    });
  }
}

/**
 * Opens the certificate PDF a window asked for (an app address from certificatePdfPath) in the system's PDF
 * viewer. False for any other address, which the caller then handles.
 */
export function openCertificateInViewer(core: Core, contents: WebContents, url: string): boolean {
  const certificateId = isAppUrl(url) ? certificateIdOfPdfPath(new URL(url).pathname) : null;
  if (certificateId === null) return false;
  openInViewer(core, contents, certificateId).catch((err: unknown) =>
    core.log.error('Opening a certificate PDF in the system viewer failed', err),
  );
  return true;
}

/** Removes the opened copies; a viewer that still holds one keeps it until the system cleans its temp folder. */
export function removeViewerCopies(): void {
  if (viewerDir) fs.rmSync(viewerDir, { recursive: true, force: true, maxRetries: 2 });
}
