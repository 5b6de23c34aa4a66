import zlib from 'node:zlib';

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 (the zip polynomial) computed in plain JavaScript; used where Node lacks `zlib.crc32` (before 20.15). */
export function crc32Fallback(bytes: Uint8Array): number {
  const t = crcTable();
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (t[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 of `bytes` as stored in zip headers: Node's native one when present, else the fallback. */
export function crc32(bytes: Uint8Array): number {
  // The engines field allows Node 20.11, which has no zlib.crc32.
  return typeof zlib.crc32 === 'function' ? zlib.crc32(bytes) >>> 0 : crc32Fallback(bytes);
}
