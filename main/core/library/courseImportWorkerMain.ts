/**
 * The worker thread one course import runs in (bundled to dist/main/course-import-worker.cjs). Unpacking, hashing
 * and validating a package are synchronous and may take seconds; here they leave the app's thread free, and a
 * package that exhausts the worker's time or memory stops the worker, not the app.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CoreError } from '../coreError';
import type { CourseImportRequest, WorkerReply } from './courseImportRunner';
import { importCoursePackage } from './courseImport';

const request = workerData as CourseImportRequest;
// Buffers arrive as plain Uint8Arrays; the zip reader wants Buffers over the same memory.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const source =
  request.source.kind === 'zip'
    ? { ...request.source, bytes: asBuffer(request.source.bytes) }
    : {
        kind: 'files' as const,
        files: request.source.files.map((f) => ({ path: f.path, bytes: asBuffer(f.bytes) })),
      };

let reply: WorkerReply;
try {
  reply = { ok: true, result: importCoursePackage(request.dataDir, source, request.options) };
} catch (err) {
  reply =
    err instanceof CoreError
      ? { ok: false, code: err.code, message: err.message }
      : {
          ok: false,
          code: 'internal',
          message: err instanceof Error ? (err.stack ?? err.message) : String(err),
        };
}
parentPort?.postMessage(reply);
