/**
 * Saves data as a file through the browser's own download: an object URL on a hidden `<a download>`. This works
 * under the app's CSP (a download is not a fetch or a frame) in the browser shell and in the desktop window.
 */
export function saveFile(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after click() returns, so the URL is released a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes of base64 text (as the contract carries files) as a Blob of the given type. */
export function base64Blob(dataBase64: string, type: string): Blob {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Saves text (a CSV, a JSON file) under `fileName`. */
export function saveTextFile(fileName: string, content: string, mimeType: string): void {
  saveFile(fileName, new Blob([content], { type: mimeType }));
}
