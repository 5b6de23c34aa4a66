/**
 * A small zip writer for tests only: stored and deflated entries, Unix modes (symlinks), flags, and forged
 * header fields, so the reader can be fed both honest archives and hostile ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data?: Buffer | string;
  /** Default: deflate for files, stored for folders (names ending in '/'). */
  method?: 'stored' | 'deflate';
  /** Raw deflate data made elsewhere, with its true unpacked size and CRC (for content too big to hold). */
  deflated?: { data: Buffer; size: number; crc32: number };
  /** Unix mode, written to the high 16 bits of the external attributes. */
  unixMode?: number;
  /** Shorthand for unixMode 0o120777 (S_IFLNK). */
  symlink?: boolean;
  /** OR-ed into the general purpose flags of both headers (1 = encrypted). */
  flags?: number;
  /** Raw compression method number, overriding `method` in both headers. */
  methodNumber?: number;
  /** Forged header fields (both headers). */
  size?: number;
  compressedSize?: number;
  crc32?: number;
  centralExtra?: Buffer;
  /** The name's raw bytes, when they must not be UTF-8. */
  nameBytes?: Buffer;
  /** Raw external attributes, e.g. 0x20 as Windows Explorer writes them (overrides the Unix mode). */
  externalAttributes?: number;
  /** Sizes and CRC in a data descriptor after the data, zero in the local header (streaming writers). */
  dataDescriptor?: boolean;
  /** Write only a central record, pointing at this offset (for entries that overlap another's data). */
  centralOnlyAt?: number;
}

export interface ZipOptions {
  /** Put a ZIP64 end-of-central-directory locator before the end record. */
  zip64Locator?: boolean;
  /** The end record's "number of this disk". */
  diskNumber?: number;
}

const S_IFLNK = 0o120000;

/** Builds a zip file in memory. */
export function buildZip(entries: ZipEntrySpec[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const name = spec.nameBytes ?? Buffer.from(spec.name, 'utf8');
    const raw = typeof spec.data === 'string' ? Buffer.from(spec.data) : (spec.data ?? Buffer.alloc(0));
    const folder = spec.name.endsWith('/');
    const method = spec.deflated || (spec.method ?? (folder ? 'stored' : 'deflate')) === 'deflate' ? 8 : 0;
    const packed = spec.deflated?.data ?? (method === 8 ? zlib.deflateRawSync(raw) : raw);
    const size = spec.size ?? spec.deflated?.size ?? raw.length;
    const compressedSize = spec.compressedSize ?? packed.length;
    const crc = spec.crc32 ?? spec.deflated?.crc32 ?? zlib.crc32(raw);
    const flags = 0x0800 | (spec.flags ?? 0) | (spec.dataDescriptor ? 0x0008 : 0);
    const methodNumber = spec.methodNumber ?? method;
    const mode = spec.symlink ? S_IFLNK | 0o777 : (spec.unixMode ?? (folder ? 0o040755 : 0o100644));

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(methodNumber, 8);
    if (!spec.dataDescriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressedSize, 18);
      local.writeUInt32LE(size, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(spec.dataDescriptor ? 16 : 0);
    if (spec.dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(compressedSize, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    if (spec.centralOnlyAt === undefined) locals.push(local, name, packed, descriptor);

    const extra = spec.centralExtra ?? Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 30, 4); // made by Unix, so the mode is meaningful
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(methodNumber, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressedSize, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(spec.externalAttributes ?? (mode << 16) >>> 0, 38);
    central.writeUInt32LE(spec.centralOnlyAt ?? offset, 42);
    centrals.push(central, name, extra);
    if (spec.centralOnlyAt === undefined)
      offset += local.length + name.length + packed.length + descriptor.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64Locator) {
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeUInt32LE(1, 16);
    tail.push(locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.diskNumber ?? 0, 4);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  tail.push(end);
  return Buffer.concat([...locals, centralDirectory, ...tail]);
}

/** Every file under `dir` as zip entries, named `prefix` + its relative path. */
export function folderEntries(dir: string, prefix = ''): ZipEntrySpec[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((rel) => rel.split(path.sep).join('/'))
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .sort()
    .map((rel) => ({ name: `${prefix}${rel}`, data: fs.readFileSync(path.join(dir, rel)) }));
}

/**
 * Raw deflate data for `mib` MiB of zeros, built without ever holding them: one sync-flushed (non-final) block
 * for 1 MiB, repeated, then an empty final block.
 */
export function deflatedZeros(mib: number): { data: Buffer; size: number; crc32: number } {
  const oneMiB = Buffer.alloc(1024 * 1024);
  const block = zlib.deflateRawSync(oneMiB, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = zlib.crc32(oneMiB, crc);
  const finalEmptyStoredBlock = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
  return {
    data: Buffer.concat([...Array.from({ length: mib }, () => block), finalEmptyStoredBlock]),
    size: mib * 1024 * 1024,
    crc32: crc,
  };
}
