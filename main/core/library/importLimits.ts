/**
 * How much a course import may write. A clinic may import packages from anywhere, so every limit is enforced on
 * the bytes actually unpacked, never on what an archive's headers claim.
 */
export interface ImportLimits {
  /** Entries in one archive (or files in one folder), folders included. */
  maxEntries: number;
  /** All files together, once unpacked. */
  maxTotalBytes: number;
  /** One file, once unpacked. */
  maxEntryBytes: number;
  /** Unpacked size over packed size for one entry; more than this is treated as a zip bomb. */
  maxCompressionRatio: number;
  /**
   * Entries that unpack to no more than this are exempt from the ratio: a small file of repeated characters can
   * compress more than 200:1 honestly, and at this size it cannot hurt.
   */
  ratioExemptBytes: number;
}

const MiB = 1024 * 1024;

/** The limits every import runs with. */
export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxEntries: 5000,
  maxTotalBytes: 200 * MiB,
  maxEntryBytes: 50 * MiB,
  maxCompressionRatio: 200,
  ratioExemptBytes: 1 * MiB,
});

/** Staging folders are named with this prefix; the library skips every name starting with '.'. */
export const STAGING_PREFIX = '.staging-';

/** A staging folder older than this belongs to an import that crashed, and is removed. */
export const STALE_STAGING_MS = 60 * 60 * 1000;
