import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const certVerify = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli', 'cert-verify.cjs');

/** Runs the real verifier, `cert:verify` as built in dist/cli, on a file: its exit code and what it printed. */
export function runCertVerify(file: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [certVerify, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The text of a PDF's page as poppler's pdftotext reads it (Debian package poppler-utils), in reading order. */
export function pdfPageText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The text the QR code printed on a PDF's page holds: the page rendered at 300 dpi, then scanned with jsQR. */
export function scanQrCode(file: string): string {
  const png = `${file}.qr`;
  execFileSync('pdftoppm', ['-r', '300', '-png', '-singlefile', file, png]);
  const image = PNG.sync.read(fs.readFileSync(`${png}.png`));
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!code) throw new Error(`No QR code could be read on ${file}.`);
  return code.data;
}

/** Deflate settings to try, so an edited stream can be packed to exactly the length of the original. */
function* deflateOptions(): Generator<zlib.ZlibOptions> {
  const { Z_DEFAULT_STRATEGY, Z_FILTERED, Z_FIXED, Z_RLE, Z_HUFFMAN_ONLY } = zlib.constants;
  for (const strategy of [Z_DEFAULT_STRATEGY, Z_FILTERED, Z_FIXED, Z_RLE, Z_HUFFMAN_ONLY]) {
    for (let level = 1; level <= 9; level++) {
      for (let memLevel = 1; memLevel <= 9; memLevel++) yield { level, memLevel, strategy };
    }
  }
}

/**
 * A copy of a certificate PDF whose attached credential.json says something else: its hours claimed changed
 * from "0.25" to another value, in the embedded stream itself (inflated, edited, deflated again). The stream is
 * packed to exactly its old length so the PDF's object offsets still hold; `edited` is false when no packing
 * fits, and then one byte of the compressed stream is flipped instead (still an edit inside the stream).
 */
export function editEmbeddedCredential(pdf: Buffer): { bytes: Buffer; edited: boolean } {
  const text = pdf.toString('latin1');
  const start = text.indexOf('/Type /EmbeddedFile');
  if (start === -1) throw new Error('The PDF has no embedded file.');
  const streamAt = text.indexOf('stream\n', start) + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(text.slice(Math.max(0, start - 300), streamAt))?.[1]);
  const json = zlib.inflateSync(pdf.subarray(streamAt, streamAt + length)).toString('utf8');
  const field = json.indexOf('"creditsEarned": 0.25');
  if (field === -1) throw new Error('The attached credential does not claim 0.25 hours.');
  const copy = Buffer.from(pdf);
  // Any hours but the 0.25 claimed: with 5 the "edit" is the same text, which can pack back to the very same bytes.
  for (const digit of '1234678') {
    const edited = Buffer.from(json.replace('"creditsEarned": 0.25', `"creditsEarned": 0.2${digit}`), 'utf8');
    for (const options of deflateOptions()) {
      const packed = zlib.deflateSync(edited, options);
      if (packed.length !== length) continue;
      packed.copy(copy, streamAt);
      return { bytes: copy, edited: true };
    }
  }
  const middle = streamAt + Math.floor(length / 2);
  copy[middle] = (copy[middle] ?? 0) ^ 0xff;
  return { bytes: copy, edited: false };
}

/** A copy of a credential.json with one signed fact changed (the hours earned). */
export function editCredentialJson(json: string): string {
  const credential = JSON.parse(json) as { credentialSubject: { creditsEarned: number } };
  credential.credentialSubject.creditsEarned = 5;
  return JSON.stringify(credential, null, 2);
}
