const FRAME_ID = 'pdf-print-frame';

/** Removes the frame the last print used, if any (a screen calls this when it closes). */
export function removePrintFrame(): void {
  document.getElementById(FRAME_ID)?.remove();
}

/**
 * Prints a PDF the app serves from its own origin: the browser's PDF viewer loads it in a hidden frame (the app's
 * CSP allows frames from 'self' only) and its print dialog prints the document itself, not the screen around it.
 * The frame is same-origin, so what loaded can be checked: a lost session shows a message instead of printing an
 * error page.
 */
export async function printPdf(url: string): Promise<void> {
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
  if (frame.contentDocument?.contentType !== 'application/pdf') {
    removePrintFrame();
    throw new Error('The certificate PDF could not be loaded for printing. Reload the page and try again.');
  }
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
}
