// `npm run bench`: bundles each tests/bench/*.bench.ts with esbuild and runs it with node, one process per file
// so one benchmark's warm caches never flatter another's. Exits 1 when a figure exceeds its limit.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleExternals } from './bundleExternals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'tests', 'bench');
const outDir = path.join(root, 'dist', 'bench');
const filter = process.argv[2];
const files = fs
  .readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts') && (!filter || name.includes(filter)))
  .sort();

await build({
  absWorkingDir: root,
  entryPoints: files.map((name) => path.join(benchDir, name)),
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: [...bundleExternals, 'playwright', 'playwright-core', '@playwright/test'],
  logLevel: 'warning',
});

let failed = false;
for (const name of files) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [path.join(outDir, name.replace(/\.ts$/, '.cjs'))], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
