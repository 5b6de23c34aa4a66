// Builds everything the shells run: main-process bundles with esbuild, the renderer with Vite.
// `node scripts/build.mjs main` builds only the Node side (fast; used by the CLIs).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleExternals } from './bundleExternals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];

const nodeEntries = [
  { in: 'main/desktop/desktopMain.ts', out: 'main/desktop' },
  { in: 'main/preload/preload.ts', out: 'main/preload' },
  { in: 'main/browser/serveMain.ts', out: 'main/serve' },
  { in: 'main/cli/courseCheckMain.ts', out: 'cli/course-check' },
  { in: 'main/cli/certVerifyMain.ts', out: 'cli/cert-verify' },
  { in: 'main/cli/pinResetMain.ts', out: 'cli/pin-reset' },
];

async function buildMain() {
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
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

await buildMain();
if (only !== 'main') await buildRenderer();
