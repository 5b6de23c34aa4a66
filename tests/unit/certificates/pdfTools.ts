import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './certificateFixtures';

/** Runs qpdf --check on the PDF; qpdf is installed by .ci/run (Debian package qpdf). */
export function qpdfCheck(pdf: Buffer): { status: number | null; output: string } {
  const file = path.join(makeTempDir(), 'check.pdf');
  writeFileSync(file, pdf);
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** qpdf's JSON view of every object, keyed "obj:N 0 R" and "trailer". */
export function qpdfObjects(
  pdf: Buffer,
): Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }> {
  const file = path.join(makeTempDir(), 'objects.pdf');
  writeFileSync(file, pdf);
  const json = JSON.parse(
    execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8' }),
  ) as {
    qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>];
  };
  return json.qpdf[1];
}

/** The page text as poppler's pdftotext reads it (Debian package poppler-utils). */
export function pdftotext(pdf: Buffer): string {
  const file = path.join(makeTempDir(), 'text.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Rewrites the PDF with qpdf in another legal form (e.g. `--object-streams=generate`), as other tools re-save. */
export function qpdfRewrite(pdf: Buffer, ...args: string[]): Buffer {
  const dir = makeTempDir();
  writeFileSync(path.join(dir, 'in.pdf'), pdf);
  execFileSync('qpdf', [...args, path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')]);
  return readFileSync(path.join(dir, 'out.pdf'));
}

/**
 * Edits a PDF the way a person with a text editor would: expands it with `qpdf --qdf` (streams uncompressed),
 * applies `edit` to the text, and repairs lengths and offsets with fix-qdf.
 */
export function editPdf(pdf: Buffer, edit: (qdf: string) => string): Buffer {
  const qdf = qpdfRewrite(pdf, '--qdf', '--object-streams=disable').toString('latin1');
  const edited = edit(qdf);
  if (edited === qdf) throw new Error('The edit changed nothing.');
  return execFileSync('fix-qdf', { input: Buffer.from(edited, 'latin1') });
}

/**
 * Replaces the only occurrence of the UTF-8 text `from` in a PDF read as Latin-1 (as `editPdf` gives it); fails
 * the test when there is not exactly one.
 */
export function replaceOnce(pdfText: string, from: string, to: string): string {
  const [bytesFrom, bytesTo] = [from, to].map((text) => Buffer.from(text, 'utf8').toString('latin1'));
  const count = pdfText.split(bytesFrom ?? '').length - 1;
  if (count !== 1) throw new Error(`Expected one "${from}", found ${count}.`);
  return pdfText.replace(bytesFrom ?? '', () => bytesTo ?? '');
}

/**
 * Changes text shown on the page, keeping its font: encodes `from` and `to` through the fonts' ToUnicode maps (read
 * from the uncompressed qdf form) and swaps the glyph codes in the content stream.
 */
export function replaceShownText(pdf: Buffer, from: string, to: string): Buffer {
  return editPdf(pdf, (qdf) => {
    let result = qdf;
    let replaced = 0;
    for (const cmap of qdf.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      const codeOf = new Map<string, string>();
      for (const range of (cmap[1] ?? '').matchAll(/<([0-9a-f]{4})>\s*<[0-9a-f]{4}>\s*\[([^\]]*)\]/gi)) {
        const low = parseInt(range[1] ?? '0', 16);
        [...(range[2] ?? '').matchAll(/<([0-9a-f]{4})>/gi)].forEach((item, i) => {
          const char = String.fromCharCode(parseInt(item[1] ?? '0', 16));
          if (!codeOf.has(char)) codeOf.set(char, (low + i).toString(16).padStart(4, '0'));
        });
      }
      const encode = (text: string) =>
        [...text].every((c) => codeOf.has(c)) ? [...text].map((c) => codeOf.get(c)).join('') : null;
      const [hexFrom, hexTo] = [encode(from), encode(to)];
      if (!hexFrom || !hexTo) continue;
      const count = result.split(hexFrom).length - 1;
      replaced += count;
      result = result.split(hexFrom).join(hexTo);
    }
    if (replaced !== 1) throw new Error(`Expected to change one shown "${from}", changed ${replaced}.`);
    return result;
  });
}
