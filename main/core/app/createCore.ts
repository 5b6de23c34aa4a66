import fs from 'node:fs';
import path from 'node:path';
import { CourseLibrary } from '../library/courseLibrary';
import { createCourseHandlers } from '../library/courseHandlers';
import { createAppLog, type AppLog } from './appLog';
import type { Core } from './core';

export interface CoreOptions {
  /** Learner data: the database, imported courses, backups, logs. Created when missing. */
  dataDir: string;
  /** Courses shipped with the app: `courses/` in development, the resources folder when packaged. */
  bundledCoursesDir: string;
  shell: 'desktop' | 'browser';
  appVersion: string;
  log?: AppLog;
}

/** Builds the whole application behind the contract. Shells call this once at start-up. */
export function createCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = options.log ?? createAppLog(options.dataDir);
  const library = new CourseLibrary([
    { dir: options.bundledCoursesDir, source: 'bundled' },
    { dir: path.join(options.dataDir, 'courses'), source: 'imported' },
  ]);
  return {
    log,
    handlers: {
      'app.info': () => ({ name: 'CE Player', version: options.appVersion, shell: options.shell }),
      ...createCourseHandlers(library),
    },
    resolveCourseAsset: (courseId, relativePath) => library.resolveAsset(courseId, relativePath),
    close: () => undefined,
  };
}
