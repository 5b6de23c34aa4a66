import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './certificateFixtures';

/*
 * The three forgeries of issue 21, finding 3, made from a real certificate PDF as an attacker would: each keeps the
 * signed credential.json attached and untouched, and makes a PDF viewer show another learner's name.
 *
 * Objects are read and written with qpdf's JSON (qpdf --json=2, --update-from-json), so each forged file is a PDF
 * that qpdf itself wrote, except the incremental update, which is appended by hand as an editor would.
 */

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
interface QpdfObject {
  value?: JsonValue;
  stream?: { dict: { [key: string]: JsonValue }; data?: string };
}
interface QpdfJson {
  qpdf: [{ maxobjectid: number } & Record<string, JsonValue>, Record<string, QpdfObject>];
}

/** The name a forgery shows instead of the signed one; every letter is in the certificate's bold serif subset. */
export const FORGED_NAME = 'Tina Hart';

function readJson(pdf: Buffer): QpdfJson {
  const file = path.join(makeTempDir(), 'in.pdf');
  writeFileSync(file, pdf);
  const args = [
    '--json=2',
    '--json-key=qpdf',
    '--json-stream-data=inline',
    '--decode-level=generalized',
    file,
  ];
  return JSON.parse(execFileSync('qpdf', args, { encoding: 'utf8', maxBuffer: 64 << 20 })) as QpdfJson;
}

function writeJson(pdf: Buffer, json: QpdfJson): Buffer {
  const dir = makeTempDir();
  writeFileSync(path.join(dir, 'in.pdf'), pdf);
  writeFileSync(path.join(dir, 'update.json'), JSON.stringify(json));
  execFileSync('qpdf', [
    path.join(dir, 'in.pdf'),
    path.join(dir, 'out.pdf'),
    `--update-from-json=${path.join(dir, 'update.json')}`,
  ]);
  return readFileSync(path.join(dir, 'out.pdf'));
}

/** The certificate's one page: its object key, its dictionary and its resources' font map. */
function pageParts(json: QpdfJson) {
  const objects = json.qpdf[1];
  const dictOf = (ref: JsonValue | undefined): { [key: string]: JsonValue } => {
    const found = typeof ref === 'string' ? objects[`obj:${ref}`] : undefined;
    const value = found?.value ?? (typeof ref === 'object' ? ref : undefined);
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new Error(`No dictionary at ${ref}`);
    return value;
  };
  const pageKey = Object.keys(objects).find((key) => {
    const value = objects[key]?.value;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && value['/Type'] === '/Page';
  });
  if (!pageKey) throw new Error('No page object');
  const page = dictOf(objects[pageKey]?.value);
  const resourcesRef = page['/Resources'] ?? null;
  const resources = dictOf(resourcesRef);
  const fonts = dictOf(resources['/Font']);
  const contentsKey = `obj:${String(page['/Contents'])}`;
  return { objects, pageKey, page, resourcesRef, resources, fonts, contentsKey, dictOf };
}

function streamText(object: QpdfObject | undefined): string {
  return Buffer.from(object?.stream?.data ?? '', 'base64').toString('latin1');
}

/** A font's ToUnicode map, both ways: code (4 hex digits) to text, and single characters back to a code. */
function unicodeMap(cmap: string): { textOf: Map<string, string>; codeOf: Map<string, string> } {
  const textOf = new Map<string, string>();
  const codeOf = new Map<string, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]{4})>\s*<[0-9a-f]{4}>\s*\[([^\]]*)\]/gi)) {
    const low = parseInt(range[1] ?? '0', 16);
    [...(range[2] ?? '').matchAll(/<([0-9a-f ]+)>/gi)].forEach((item, i) => {
      const units = (item[1] ?? '').split(' ').map((hex) => parseInt(hex, 16));
      const text = String.fromCharCode(...units);
      const code = (low + i).toString(16).padStart(4, '0');
      textOf.set(code, text);
      if (text.length === 1 && !codeOf.has(text)) codeOf.set(text, code);
    });
  }
  return { textOf, codeOf };
}

interface ShownLine {
  /** Offsets in the content stream of the `/Fn size Tf` that selects the font, and of the TJ array. */
  fontAt: number;
  fontOperator: string;
  arrayAt: number;
  array: string;
  font: string;
  codeOf: Map<string, string>;
}

/** Finds the one TJ that shows `text` (spaces ignored), with the font selection before it. */
function findShownLine(json: QpdfJson, content: string, text: string): ShownLine {
  const { objects, fonts } = pageParts(json);
  const maps = new Map<string, ReturnType<typeof unicodeMap>>();
  for (const [name, ref] of Object.entries(fonts)) {
    const font = objects[`obj:${String(ref)}`]?.value as { [key: string]: JsonValue } | undefined;
    maps.set(name.slice(1), unicodeMap(streamText(objects[`obj:${String(font?.['/ToUnicode'])}`])));
  }
  const wanted = text.replace(/\s+/g, '');
  let current: { font: string; at: number; operator: string } | null = null;
  for (const match of content.matchAll(/\/(F\d+) ([\d.]+) Tf|(\[[^\]]*\]) TJ/g)) {
    if (match[1]) {
      current = { font: match[1], at: match.index, operator: match[0] };
      continue;
    }
    const map = current ? maps.get(current.font) : undefined;
    if (!current || !map) continue;
    const shown = [...(match[3] ?? '').matchAll(/<([0-9a-f]+)>/gi)]
      .flatMap((hex) => (hex[1] ?? '').match(/.{4}/g) ?? [])
      .map((code) => map.textOf.get(code) ?? '\ufffd')
      .join('');
    if (shown.replace(/\s+/g, '') === wanted) {
      return {
        fontAt: current.at,
        fontOperator: current.operator,
        arrayAt: match.index,
        array: match[3] ?? '',
        font: current.font,
        codeOf: map.codeOf,
      };
    }
  }
  throw new Error(`The page shows no line "${text}"`);
}

function encode(codeOf: Map<string, string>, text: string): string[] {
  return [...text].map((char) => {
    const code = codeOf.get(char);
    if (!code) throw new Error(`The font subset has no "${char}"`);
    return code;
  });
}

/** The content stream with the name's TJ replaced (and its font selection too, when `font` is given). */
function replaceLine(content: string, line: ShownLine, array: string, font?: string): string {
  const afterArray = content.slice(line.arrayAt + line.array.length);
  const between = content.slice(line.fontAt + line.fontOperator.length, line.arrayAt);
  const operator = font ? line.fontOperator.replace(`/${line.font} `, `/${font} `) : line.fontOperator;
  return `${content.slice(0, line.fontAt)}${operator}${between}${array}${afterArray}`;
}

function setStream(object: QpdfObject, text: string): void {
  object.stream = { dict: {}, data: Buffer.from(text, 'latin1').toString('base64') };
}

/**
 * Forgery 1, a cloned font: a copy of the name's font whose ToUnicode map reads the first glyph as the whole signed
 * name and every other glyph as a space. The page draws FORGED_NAME's glyphs; text extraction reads the signed name.
 */
export function forgeWithClonedFont(pdf: Buffer, signedName: string): Buffer {
  const json = readJson(pdf);
  const { objects, fonts, contentsKey } = pageParts(json);
  const content = streamText(objects[contentsKey]);
  const line = findShownLine(json, content, signedName);
  const codes = encode(line.codeOf, FORGED_NAME);
  const header = json.qpdf[0];
  const fontNum = header.maxobjectid + 1;
  const cmapNum = fontNum + 1;
  header.maxobjectid = cmapNum;
  const original = objects[`obj:${String(fonts[`/${line.font}`])}`]?.value as { [key: string]: JsonValue };
  objects[`obj:${fontNum} 0 R`] = { value: { ...original, '/ToUnicode': `${cmapNum} 0 R` } };
  const utf16 = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('hex');
  const entries = [...new Set(codes)].map((code, i) => `<${code}> <${utf16(i === 0 ? signedName : ' ')}>`);
  const cmap: QpdfObject = {};
  objects[`obj:${cmapNum} 0 R`] = cmap;
  setStream(
    cmap,
    [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
      '1 begincodespacerange <0000><ffff> endcodespacerange',
      `${entries.length} beginbfchar`,
      ...entries,
      'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n'),
  );
  fonts['/F99'] = `${fontNum} 0 R`;
  const contents = objects[contentsKey];
  if (!contents) throw new Error('No content stream');
  setStream(contents, replaceLine(content, line, `[<${codes.join('')}>]`, 'F99'));
  return writeJson(pdf, json);
}

/**
 * Forgery 3, an invisible name and an annotation: the signed name is drawn in text render mode 3 (invisible) and a
 * FreeText annotation draws FORGED_NAME where it was. Text extraction of the page content still reads the signed name.
 */
export function forgeWithAnnotation(pdf: Buffer, signedName: string): Buffer {
  const json = readJson(pdf);
  const { objects, page, contentsKey } = pageParts(json);
  const content = streamText(objects[contentsKey]);
  const line = findShownLine(json, content, signedName);
  const contents = objects[contentsKey];
  if (!contents) throw new Error('No content stream');
  const invisible = `${content.slice(0, line.fontAt)}3 Tr\n${content.slice(line.fontAt)}`.replace(
    `${line.array} TJ`,
    `${line.array} TJ\n0 Tr`,
  );
  setStream(contents, invisible);
  const header = json.qpdf[0];
  const annotNum = header.maxobjectid + 1;
  const appearanceNum = annotNum + 1;
  header.maxobjectid = appearanceNum;
  const drawing = `BT /Helv 24 Tf 0 0 0 rg 10 12 Td (${FORGED_NAME}) Tj ET`;
  objects[`obj:${appearanceNum} 0 R`] = {
    stream: {
      dict: {
        '/Type': '/XObject',
        '/Subtype': '/Form',
        '/BBox': [0, 0, 400, 40],
        '/Resources': {
          '/Font': { '/Helv': { '/Type': '/Font', '/Subtype': '/Type1', '/BaseFont': '/Helvetica' } },
        },
      },
      data: Buffer.from(drawing, 'latin1').toString('base64'),
    },
  };
  objects[`obj:${annotNum} 0 R`] = {
    value: {
      '/Type': '/Annot',
      '/Subtype': '/FreeText',
      '/Rect': [196, 430, 596, 470],
      '/F': 4,
      '/Contents': `u:${FORGED_NAME}`,
      '/DA': 'u:/Helv 24 Tf 0 g',
      '/AP': { '/N': `${appearanceNum} 0 R` },
    },
  };
  page['/Annots'] = [`${annotNum} 0 R`];
  return writeJson(pdf, json);
}

/**
 * Forgery 2, an incremental update: appended to the untouched file are a changed copy of the page's content stream
 * (showing FORGED_NAME in the same font), then a stale copy of the original, and a cross-reference section that
 * points at the changed one. A viewer follows the cross-reference table; a reader that takes the last definition in
 * the file reads the stale copy.
 */
export function forgeWithIncrementalUpdate(pdf: Buffer, signedName: string): Buffer {
  const json = readJson(pdf);
  const { objects, contentsKey } = pageParts(json);
  const content = streamText(objects[contentsKey]);
  const line = findShownLine(json, content, signedName);
  const changed = replaceLine(content, line, `[<${encode(line.codeOf, FORGED_NAME).join('')}>]`);
  const num = Number(/^obj:(\d+) /.exec(contentsKey)?.[1]);
  const text = pdf.toString('latin1');
  const definition = new RegExp(`(?:^|[\\r\\n])(${num} 0 obj[\\s\\S]*?endobj)`).exec(text);
  const stale = definition?.[1];
  if (!stale) throw new Error(`Object ${num} is not defined at the top level`);
  const previousXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text)?.[1];
  if (!previousXref || !trailer) throw new Error('No classic trailer');
  let update = '\n';
  const changedAt = pdf.length + update.length;
  update += `${num} 0 obj\n<< /Length ${Buffer.byteLength(changed, 'latin1')} >>\nstream\n${changed}\nendstream\nendobj\n`;
  update += `${stale}\n`;
  const xrefAt = pdf.length + Buffer.byteLength(update, 'latin1');
  const withPrev = trailer.replace(/\/Prev \d+/, '').replace(/>>\s*$/, `/Prev ${previousXref}\n>>`);
  update += `xref\n${num} 1\n${String(changedAt).padStart(10, '0')} 00000 n \ntrailer\n${withPrev}\n`;
  update += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
