/**
 * How much a course package may hold, and how much the imported courses together may take. A clinic may import
 * packages from anywhere, so every limit is enforced on the bytes actually unpacked, never on what an archive's
 * headers claim. The library holds every package it loads, bundled and preloaded ones too, to the size limits
 * before reading any of it. (What the loader reads of a package is limited in course/contentLimits.ts.)
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
   * Unpacked size over the zip file's size for the whole package. Course text compresses about 4:1 and images
   * hardly at all; many small files of zeros, each exempt from the entry ratio, once left 191 MiB from 221 KB.
   */
  maxPackageCompressionRatio: number;
  /**
   * Entries (and whole packages) that unpack to no more than this are exempt from the ratios: a small file of
   * repeated characters can compress more than 200:1 honestly, and at this size it cannot hurt.
   */
  ratioExemptBytes: number;
  /** All imported packages together, on disk: the quota that keeps repeated imports from filling the disk. */
  maxImportedBytes: number;
  /** Imported versions kept of one course id; older ones stay for the records made on them. */
  maxVersionsPerCourse: number;
  /** Imported packages, all courses together; each is read at every start. */
  maxImportedPackages: number;
  /** How long one import may take in its worker thread before it is stopped. */
  maxImportMs: number;
  /** The JavaScript heap an import's worker thread may use, in MiB; past it the worker stops, the app runs on. */
  maxImportHeapMb: number;
}

const MiB = 1024 * 1024;

/** The limits every import runs with. */
export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxEntries: 5000,
  maxTotalBytes: 200 * MiB,
  maxEntryBytes: 50 * MiB,
  maxCompressionRatio: 200,
  maxPackageCompressionRatio: 50,
  ratioExemptBytes: 1 * MiB,
  maxImportedBytes: 1024 * MiB,
  maxVersionsPerCourse: 5,
  maxImportedPackages: 30,
  maxImportMs: 120_000,
  maxImportHeapMb: 512,
});

/** Staging folders are named with this prefix; the library skips every name starting with '.'. */
export const STAGING_PREFIX = '.staging-';

/** A staging folder older than this belongs to an import that crashed, and is removed. */
export const STALE_STAGING_MS = 60 * 60 * 1000;
