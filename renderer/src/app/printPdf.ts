const FRAME_ID = 'pdf-print-frame';

/** Removes the frame the last print used, if any (a screen calls this when it closes). */
export function removePrintFrame(): void {
  document.getElementById(FRAME_ID)?.remove();
}

/**
 * Prints a PDF the app serves from its own origin: the browser's PDF viewer loads it in a hidden frame (the app's
 * CSP allows frames from 'self' only) and its print dialog prints the document itself, not the screen around it.
 * The address is checked first, so a lost session shows a message rather than printing an error page.
 */
export async function printPdf(url: string): Promise<void> {
  const check = await fetch(url, { method: 'HEAD', credentials: 'same-origin' });
  if (!check.ok) {
    throw new Error('The certificate PDF could not be loaded for printing. Reload the page and try again.');
  }
  removePrintFrame();
  const frame = document.createElement('iframe');
  frame.id = FRAME_ID;
  frame.className = 'print-frame';
  frame.title = 'Certificate PDF for printing';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = url;
  document.body.append(frame);
  await loaded;
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
}
