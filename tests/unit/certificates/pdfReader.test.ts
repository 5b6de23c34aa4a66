import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PdfFile } from '../../../main/core/certificates/pdfFile';
import {
  PdfParser,
  PdfSyntaxError,
  pdfTextString,
  type PdfValue,
} from '../../../main/core/certificates/pdfSyntax';
import { parseToUnicodeCmap } from '../../../main/core/certificates/toUnicodeCmap';
import { verifyCertificateFile } from '../../../main/core/certificates/verifyCertificateFile';

const parse = (text: string): PdfValue | undefined => new PdfParser(Buffer.from(text, 'latin1')).readValue();
const bytesOf = (value: PdfValue | undefined): string =>
  value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof Map) &&
  value.kind === 'string'
    ? value.bytes.toString('latin1')
    : 'not a string';

describe('PDF syntax', () => {
  it('reads literal strings with escapes, octal codes, nested parentheses and line continuations', () => {
    expect(bytesOf(parse('(a\\(b\\)c\\\\d\\n\\101\\0618)'))).toBe('a(b)c\\d\nA18');
    expect(bytesOf(parse('(outer (inner) text)'))).toBe('outer (inner) text');
    expect(bytesOf(parse('(split \\\nline)'))).toBe('split line');
  });

  it('reads hex strings (odd length padded with 0), names with #xx escapes, and containers with references', () => {
    expect(bytesOf(parse('<48 65 6c6C6f7>'))).toBe('Hellop');
    expect(parse('/A#20B')).toEqual({ kind: 'name', name: 'A B' });
    const dict = parse('<< /K [1 0 R 2 (x)] /N null /T true /R -1.5 >>');
    expect(dict).toBeInstanceOf(Map);
    const map = dict as Map<string, PdfValue>;
    expect(map.get('K')).toEqual([
      { kind: 'ref', num: 1, gen: 0 },
      2,
      { kind: 'string', bytes: Buffer.from('x') },
    ]);
    expect([map.get('N'), map.get('T'), map.get('R')]).toEqual([null, true, -1.5]);
  });

  it('decodes text strings in UTF-16BE with a byte-order mark, and Latin-1 otherwise', () => {
    expect(pdfTextString({ kind: 'string', bytes: Buffer.from('feff004120ac', 'hex') })).toBe('A€');
    expect(pdfTextString({ kind: 'string', bytes: Buffer.from('credential.json') })).toBe('credential.json');
  });

  it('refuses nesting deep enough to exhaust the stack, with a syntax error', () => {
    expect(() => parse('['.repeat(10_000))).toThrow(PdfSyntaxError);
  });

  it('reads ToUnicode maps: bfchar, bfrange with arrays, and bfrange counting up', () => {
    const cmap = parseToUnicodeCmap(
      Buffer.from(
        '1 begincodespacerange <0000> <ffff> endcodespacerange\n' +
          '2 beginbfchar <0003> <0041> <0004> <d83dde00> endbfchar\n' +
          '2 beginbfrange <0010> <0012> <0061> <0020> <0021> [<00e9> <20ac>] endbfrange',
        'latin1',
      ),
    );
    expect(cmap.codeLength).toBe(2);
    expect([3, 4, 0x10, 0x11, 0x12, 0x20, 0x21].map((code) => cmap.map.get(code))).toEqual([
      'A',
      '😀',
      'a',
      'b',
      'c',
      'é',
      '€',
    ]);
  });

  it('refuses files with no catalog, and never fails any other way on random bytes', async () => {
    expect(() => new PdfFile(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'))).toThrow(PdfSyntaxError);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, header) => {
        const data = Buffer.concat([Buffer.from(header ? '%PDF-1.7\n' : ''), bytes]);
        const report = await verifyCertificateFile(data, 'random.pdf');
        expect(report.valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
