/**
 * Reads the structure of a zip file (PKWARE APPNOTE 6.3): the End of Central Directory record and the central
 * directory's file headers. Nothing here trusts a field before checking it lies inside the buffer.
 */

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;

/** One central directory file header, as stored (nothing checked yet but its bounds). */
export interface CentralRecord {
  nameBytes: Buffer;
  versionMadeBy: number;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  extra: Buffer;
  diskStart: number;
  externalAttributes: number;
  localOffset: number;
}

export type CentralDirectory =
  { ok: true; records: CentralRecord[]; centralOffset: number } | { ok: false; message: string };

/**
 * The central directory of `bytes`, or a message saying why the file cannot be read as a single, non-ZIP64 zip
 * with at most `maxEntries` entries. `label` is how the message names the file.
 */
export function readCentralDirectory(bytes: Buffer, label: string, maxEntries: number): CentralDirectory {
  const eocd = findEndRecord(bytes);
  if (eocd < 0) {
    return {
      ok: false,
      message: `${label} is not a zip file, or it is damaged or incomplete (its end record is missing).`,
    };
  }
  const disk = bytes.readUInt16LE(eocd + 4);
  const centralDisk = bytes.readUInt16LE(eocd + 6);
  const entriesHere = bytes.readUInt16LE(eocd + 8);
  const entries = bytes.readUInt16LE(eocd + 10);
  const centralSize = bytes.readUInt32LE(eocd + 12);
  const centralOffset = bytes.readUInt32LE(eocd + 16);
  const zip64 =
    (eocd >= ZIP64_LOCATOR_SIZE &&
      bytes.readUInt32LE(eocd - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR_SIGNATURE) ||
    entries === 0xffff ||
    entriesHere === 0xffff ||
    centralSize === 0xffffffff ||
    centralOffset === 0xffffffff;
  if (zip64) {
    return {
      ok: false,
      message:
        `${label} uses the ZIP64 extension, which CE Player does not accept. ` +
        'Zip the course folder again without ZIP64; a course package is far below the 4 GB that needs it.',
    };
  }
  if (disk !== 0 || centralDisk !== 0 || entriesHere !== entries) {
    return {
      ok: false,
      message:
        `${label} is one part of a split (multi-disk) zip archive. ` +
        'Zip the course folder again as one single file.',
    };
  }
  if (entries > maxEntries) {
    return {
      ok: false,
      message: `${label} holds ${entries} entries; a course package may hold at most ${maxEntries}.`,
    };
  }
  if (centralOffset + centralSize > eocd) {
    return { ok: false, message: `${label} is damaged: its central directory lies outside the file.` };
  }
  const records = readRecords(bytes, centralOffset, centralOffset + centralSize, entries);
  if (!records) {
    return { ok: false, message: `${label} is damaged: its central directory cannot be read.` };
  }
  return { ok: true, records, centralOffset };
}

/** The offset of the End of Central Directory record whose comment ends exactly at the end of the file. */
function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
    if (at + EOCD_SIZE + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  return -1;
}

function readRecords(bytes: Buffer, start: number, end: number, count: number): CentralRecord[] | null {
  const records: CentralRecord[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_SIZE;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > end) return null;
    records.push({
      nameBytes: bytes.subarray(nameStart, nameStart + nameLength),
      versionMadeBy: bytes.readUInt16LE(at + 4),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc32: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      extra: bytes.subarray(nameStart + nameLength, nameStart + nameLength + extraLength),
      diskStart: bytes.readUInt16LE(at + 34),
      externalAttributes: bytes.readUInt32LE(at + 38),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at = next;
  }
  return at === end ? records : null;
}

/** The ids of the fields in an extra block (0x0001 is ZIP64, 0x9901 is AES encryption), or null when malformed. */
export function extraFieldIds(extra: Buffer): number[] | null {
  const ids: number[] = [];
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length) return null;
    const size = extra.readUInt16LE(at + 2);
    if (at + 4 + size > extra.length) return null;
    ids.push(extra.readUInt16LE(at));
    at += 4 + size;
  }
  return ids;
}
