/**
 * Runs one import in a child process whose file-size limit (ulimit -f) makes writes fail part-way, as a full
 * disk would. Prints the outcome as one JSON line.
 */
import fs from 'node:fs';
import { CoreError } from '../../../main/core/coreError';
import { importCoursePackage } from '../../../main/core/library/courseImport';

// With a handler, an oversized write fails with EFBIG instead of killing the process.
process.on('SIGXFSZ', () => undefined);

const [dataDir = '', zipPath = ''] = process.argv.slice(2);
try {
  const result = importCoursePackage(dataDir, {
    kind: 'zip',
    fileName: 'course.zip',
    bytes: fs.readFileSync(zipPath),
  });
  console.log(JSON.stringify({ returned: result }));
} catch (err) {
  const thrown =
    err instanceof CoreError ? { name: err.name, code: err.code, message: err.message } : String(err);
  console.log(JSON.stringify({ thrown }));
}
