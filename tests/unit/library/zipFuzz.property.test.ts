import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import { DEFAULT_IMPORT_LIMITS } from '../../../main/core/library/importLimits';
import { listZipEntries } from '../../../main/core/library/zipArchive';
import { coursesFolderNames, makeDataDir, validZip } from './importFixtures';

const base = validZip('hand-hygiene/');

/** The valid zip with some bytes overwritten, and perhaps cut short. */
const mutatedZip = fc
  .tuple(
    fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.option(fc.nat({ max: base.length }), { freq: 4 }),
  )
  .map(([edits, cut]) => {
    const bytes = Buffer.from(base);
    for (const [at, value] of edits) bytes[at] = value;
    return cut === null ? bytes : bytes.subarray(0, cut);
  });

describe('damaged zips never crash the reader or the import', () => {
  test('listing and unpacking a mutated zip returns problems or bytes, never throws', () => {
    fc.assert(
      fc.property(mutatedZip, (bytes) => {
        const listing = listZipEntries(bytes, 'fuzz.zip', DEFAULT_IMPORT_LIMITS);
        if (!listing.ok) {
          expect(listing.problems.length).toBeGreaterThan(0);
          return;
        }
        let remaining = DEFAULT_IMPORT_LIMITS.maxTotalBytes;
        for (const entry of listing.entries) {
          const data = entry.unpack(remaining);
          if (typeof data === 'string') return;
          expect(data.length).toBe(entry.size);
          remaining -= data.length;
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('importing a mutated zip either succeeds completely or leaves nothing behind', () => {
    fc.assert(
      fc.property(mutatedZip, (bytes) => {
        const dataDir = makeDataDir();
        const result = importCoursePackage(dataDir, { kind: 'zip', fileName: 'fuzz.zip', bytes });
        if (result.ok) {
          expect(coursesFolderNames(dataDir)).toEqual([path.basename(result.folder)]);
          expect(fs.existsSync(path.join(result.folder, 'course.yml'))).toBe(true);
        } else {
          expect(coursesFolderNames(dataDir)).toEqual([]);
        }
        fs.rmSync(dataDir, { recursive: true, force: true });
      }),
      { numRuns: 150 },
    );
  });
});
