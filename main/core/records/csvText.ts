/*
 * CSV as RFC 4180 writes it: CRLF between records, and a field quoted (with its quotes doubled) when it holds a
 * comma, a quote or a line break. Text a spreadsheet would run as a formula is defused first.
 */

/** A cell value; null is an empty cell. */
export type CsvValue = string | number | null;

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"); tab and CR too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as written, text defused (a leading ' before = + - @) and quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header row and the records, each line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
