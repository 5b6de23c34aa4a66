// Builds everything the shells run: main-process bundles with esbuild, the renderer with Vite.
// `node scripts/build.mjs main` builds only the Node side (fast; used by the CLIs).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleExternals } from './bundleExternals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];

const nodeEntries = [
  { in: 'main/desktop/desktopMain.ts', out: 'main/desktop' },
  { in: 'main/preload/preload.ts', out: 'main/preload' },
  { in: 'main/browser/serveMain.ts', out: 'main/serve' },
  { in: 'main/core/library/courseImportWorkerMain.ts', out: 'main/course-import-worker' },
  { in: 'main/cli/courseCheckMain.ts', out: 'cli/course-check' },
  { in: 'main/cli/certVerifyMain.ts', out: 'cli/cert-verify' },
  { in: 'main/cli/pinResetMain.ts', out: 'cli/pin-reset' },
];

// Every file of every bundled course with its SHA-256, recorded now and embedded in the main-process bundles; in a
// packaged app those sit in the asar that Electron's integrity fuse checks, while the course files beside the app can
// be edited by a per-user install's user. The app refuses a bundled package that no longer matches
// (main/core/library/bundledCourseDigests.ts). The record is made by that same TypeScript, compiled for the build.
async function recordBundledCourses() {
  const outfile = path.join(root, 'dist', 'build', 'bundled-course-digests.cjs');
  await esbuild({
    absWorkingDir: root,
    entryPoints: ['main/core/library/bundledCourseDigests.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  const { recordBundledCourses: record } = createRequire(import.meta.url)(outfile);
  const recorded = record(path.join(root, 'courses'));
  // Kept beside the bundles too, so packaging (scripts/dist.mjs) can tell whether the courses changed since.
  fs.writeFileSync(path.join(root, 'dist', 'build', 'bundled-courses.json'), JSON.stringify(recorded));
  return recorded;
}

async function buildMain() {
  const bundledCourses = await recordBundledCourses();
  await esbuild({
    absWorkingDir: root,
    entryPoints: nodeEntries,
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: bundleExternals,
    // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ES module build bundles.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    define: { __CE_BUNDLED_COURSE_DIGESTS__: JSON.stringify(bundledCourses) },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

await buildMain();
if (only !== 'main') await buildRenderer();
