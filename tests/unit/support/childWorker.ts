import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles a TypeScript worker into one CommonJS file that a test starts as a real child process (to kill it, or
 * to give it its own limits). better-sqlite3 stays external, loaded from node_modules as the app loads it.
 */
export function bundleChildWorker(entry: string, outDir: string): string {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.cjs`);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  return outfile;
}
