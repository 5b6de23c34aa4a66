import type { PdfFile } from './pdfFile';
import { isPdfString, pdfTextString, type PdfDict, type PdfValue } from './pdfSyntax';

const MAX_TREE_DEPTH = 16;

/**
 * The decoded contents of the file attached to the PDF under `name`: looked up in the catalog's EmbeddedFiles
 * name tree, then in its associated files (`/AF`, PDF/A-3). Null when no attachment has that name.
 */
export function findEmbeddedFile(pdf: PdfFile, name: string): Buffer | null {
  const catalog = pdf.dict(pdf.trailer.get('Root'));
  if (!catalog) return null;
  const names = pdf.dict(catalog.get('Names'));
  const tree = names ? pdf.dict(names.get('EmbeddedFiles')) : null;
  const fromTree = tree ? searchNameTree(pdf, tree, name, 0, new Set()) : null;
  const specs = fromTree ? [fromTree] : pdf.array(catalog.get('AF'));
  for (const spec of specs) {
    const fileSpec = pdf.dict(spec);
    if (!fileSpec || (!fromTree && specName(pdf, fileSpec) !== name)) continue;
    const embedded = pdf.dict(fileSpec.get('EF'));
    const data = embedded ? (pdf.streamData(embedded.get('UF')) ?? pdf.streamData(embedded.get('F'))) : null;
    if (data) return data;
  }
  return null;
}

function searchNameTree(
  pdf: PdfFile,
  node: PdfDict,
  name: string,
  depth: number,
  seen: Set<PdfDict>,
): PdfValue | null {
  if (depth > MAX_TREE_DEPTH || seen.has(node)) return null;
  seen.add(node);
  const pairs = pdf.array(node.get('Names'));
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const key = pdf.resolve(pairs[i]);
    if (isPdfString(key) && pdfTextString(key) === name) return pairs[i + 1] ?? null;
  }
  for (const kid of pdf.array(node.get('Kids'))) {
    const child = pdf.dict(kid);
    const found = child ? searchNameTree(pdf, child, name, depth + 1, seen) : null;
    if (found) return found;
  }
  return null;
}

function specName(pdf: PdfFile, fileSpec: PdfDict): string | null {
  const value = pdf.resolve(fileSpec.get('UF') ?? fileSpec.get('F'));
  return isPdfString(value) ? pdfTextString(value) : null;
}
