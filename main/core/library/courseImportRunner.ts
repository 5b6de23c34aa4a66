/**
 * Where a course import runs. The app runs each in a worker thread (courseImportWorkerMain.ts), so the browser shell
 * and the desktop window keep answering while a package is unpacked and validated, and a hostile package that
 * exhausts the worker's time or heap is refused while the app runs on. Tests that need no thread run it in place.
 */
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contract/errors';
import { CoreError } from '../coreError';
import type { CourseImportOptions, CourseImportResult, CourseImportSource } from './courseImport';
import { importCoursePackage } from './courseImport';
import { DEFAULT_IMPORT_LIMITS } from './importLimits';
import { importProblem } from './importProblem';

/** One import, as the worker receives it (structured-cloned: Buffers arrive as Uint8Arrays). */
export interface CourseImportRequest {
  dataDir: string;
  source: CourseImportSource;
  options: CourseImportOptions;
}

/** What the worker sends back: the import's result, or the error it threw. */
export type WorkerReply =
  { ok: true; result: CourseImportResult } | { ok: false; code: ErrorCode; message: string };

/** Runs imports; `run` resolves with the result, or rejects with a CoreError. */
export interface CourseImportRunner {
  run(request: CourseImportRequest): Promise<CourseImportResult>;
}

/** Runs each import in the calling thread (tests, and the command line). */
export const inThreadImportRunner: CourseImportRunner = {
  run: (request) => Promise.resolve(importCoursePackage(request.dataDir, request.source, request.options)),
};

/**
 * Runs each import in a new worker thread started from `workerScript` (dist/main/course-import-worker.cjs). The
 * worker is stopped after `maxImportMs` or when its heap passes `maxImportHeapMb`; the package is then refused with
 * a message saying so. (A staging folder it leaves behind is hidden from the library and removed by a later import.)
 */
export function workerImportRunner(workerScript: string): CourseImportRunner {
  return {
    run: (request) => {
      const limits = { ...DEFAULT_IMPORT_LIMITS, ...request.options.limits };
      const sourceName = request.source.kind === 'zip' ? request.source.fileName : 'the chosen folder';
      const refuse = (message: string): CourseImportResult => ({
        ok: false,
        reason: 'package',
        problems: [importProblem(sourceName, message)],
      });
      return new Promise((resolve, reject) => {
        const worker = new Worker(workerScript, {
          workerData: request,
          resourceLimits: { maxOldGenerationSizeMb: limits.maxImportHeapMb },
        });
        let settled = false;
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          finish();
        };
        const timer = setTimeout(() => {
          settle(() =>
            resolve(
              refuse(
                `Checking this package took longer than ${Math.round(limits.maxImportMs / 1000)} seconds, so it was ` +
                  'stopped and nothing was imported. A course package should take a few seconds at most.',
              ),
            ),
          );
          void worker.terminate();
        }, limits.maxImportMs);
        worker.once('message', (reply: WorkerReply) =>
          settle(() => (reply.ok ? resolve(reply.result) : reject(new CoreError(reply.code, reply.message)))),
        );
        worker.once('error', (err: Error & { code?: string }) =>
          settle(() =>
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? resolve(
                  refuse(
                    `Checking this package needed more than the ${limits.maxImportHeapMb} MiB of memory an import may ` +
                      'use, so it was stopped and nothing was imported.',
                  ),
                )
              : reject(err),
          ),
        );
        worker.once('exit', (code) =>
          settle(() =>
            reject(new Error(`The course import worker stopped (exit code ${code}) before it answered.`)),
          ),
        );
      });
    },
  };
}
