/** The dark modules of a QR code, row by row: `size` × `size`, true where a module is dark. */
export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

/** A horizontal run of dark modules in one row. */
export interface QrRun {
  row: number;
  column: number;
  length: number;
}

/** Computes the QR matrix for `text` (error correction M) with the qrcode package, loaded only when needed. */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { default: qrcode } = await import('qrcode');
  const { modules } = qrcode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}

/** The dark modules merged into horizontal runs, so the page draws one rectangle per run. */
export function qrRuns(matrix: QrMatrix): QrRun[] {
  const runs: QrRun[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      runs.push({ row, column: start, length: column - start });
    }
  }
  return runs;
}
