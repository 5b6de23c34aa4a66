// Builds better-sqlite3 for the installed Electron's ABI into dist/native/electron/better_sqlite3.node, with a
// build-info.json stamp beside it. node_modules/better-sqlite3 is never touched: the package is copied to a
// temporary folder and built there, so the tests and the browser shell keep their Node build.
//
// node-gyp needs Electron's headers, downloaded once from the headers server and cached in its devdir; without
// them (no network and nothing cached) this fails with a plain message. `npm start` runs it when needed.
//
// Usage: node scripts/rebuild-electron-native.mjs [--out DIR] [--headers-url URL] [--devdir DIR]
//
// Why not @electron/rebuild (4.2.1, tried offline for issue 19): it builds in place inside a node_modules folder, so
// the copy to a temporary folder would stay, and offline it cannot say what went wrong. Its CLI prints node-gyp's
// network error with stack frames and "An unhandled error occurred inside electron-rebuild"; through its API the
// worker prints the same stack to the console and the error thrown says only "node-gyp failed to rebuild '<path>'",
// exactly as for a compiler failure. Calling node-gyp directly keeps its output, which tells the two apart below.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBindingDir, expectedElectronBindingStamp } from './electronNativeBinding.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultHeadersUrl = 'https://electronjs.org/headers';

function option(name) {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

class BuildFailure extends Error {
  constructor(lines) {
    super(lines.join('\n'));
  }
}

function fail(lines) {
  throw new BuildFailure(lines);
}

// npm hands its own settings to scripts as npm_config_* variables; a machine-wide `nodedir` (set on this
// project's machines) or `target` would make node-gyp build against Node's headers instead of Electron's.
function buildEnvironment() {
  const targetSettings = /^npm_config_(nodedir|target|target_arch|arch|disturl|dist_url|runtime|devdir)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !targetSettings.test(key)));
}

function looksLikeNetworkFailure(output) {
  return /install got an error|network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up|certificate|\b40[34]\b/i.test(
    output,
  );
}

// node-gyp's own lines that say what went wrong, without its stack frames and environment dump.
function summary(output) {
  const noise = /ERR! (stack\s+at |System |command |cwd |node -v |node-gyp -v |not ok)/;
  return output
    .split('\n')
    .filter((line) => line.trim() !== '' && !noise.test(line))
    .slice(-10)
    .join('\n');
}

const outDir = path.resolve(option('--out') ?? electronBindingDir(root));
const headersUrl = option('--headers-url') ?? defaultHeadersUrl;
const devdir = option('--devdir');

let stamp;
try {
  stamp = expectedElectronBindingStamp(root);
} catch {
  console.error(
    'Cannot build the SQLite module for Electron: run `npm install` first (electron or better-sqlite3 is missing).',
  );
  process.exit(1);
}

const require = createRequire(path.join(root, 'package.json'));
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
const packageDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-player-sqlite-electron-'));
const workPackage = path.join(work, 'better-sqlite3');

try {
  // Copy without the Node build: node-gyp rebuild writes only inside the copy.
  const nodeBuild = path.join(packageDir, 'build');
  fs.cpSync(packageDir, workPackage, { recursive: true, filter: (source) => source !== nodeBuild });

  console.log(
    `Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (${stamp.arch})...`,
  );
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${stamp.electron}`,
    `--arch=${stamp.arch}`,
    `--dist-url=${headersUrl}`,
    ...(devdir ? [`--devdir=${path.resolve(devdir)}`] : []),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: workPackage,
    env: buildEnvironment(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 20 * 60 * 1000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  fs.mkdirSync(outDir, { recursive: true });
  const logFile = path.join(outDir, 'rebuild.log');
  fs.writeFileSync(logFile, output);

  const built = path.join(workPackage, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !fs.existsSync(built)) {
    const tail = summary(output);
    fail(
      looksLikeNetworkFailure(output)
        ? [
            `Could not build the SQLite module for Electron ${stamp.electron}: node-gyp needs Electron's headers`,
            `from ${headersUrl}, and this machine cannot reach it (or has no copy cached).`,
            'Run `npm start` once on a machine with internet access; after that it works offline.',
            'Until then, `npm run serve` runs the same app in a browser with the Node build, and `npm test` is unaffected.',
            `node-gyp said (full log: ${logFile}):`,
            tail,
          ]
        : [
            `Could not build the SQLite module for Electron ${stamp.electron}: the compiler failed.`,
            "A C++20 compiler and Python 3 are needed (see node-gyp's README for your OS).",
            `node-gyp said (full log: ${logFile}):`,
            tail,
          ],
    );
  }

  // Old stamp first, new binary, new stamp last: a build cut short is never taken for a current one.
  const target = path.join(outDir, 'better_sqlite3.node');
  const stampFile = path.join(outDir, 'build-info.json');
  fs.rmSync(stampFile, { force: true });
  fs.copyFileSync(built, `${target}.partial`);
  fs.renameSync(`${target}.partial`, target);
  fs.writeFileSync(
    stampFile,
    `${JSON.stringify({ ...stamp, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(`Built ${path.relative(root, target) || target} for Electron ${stamp.electron}.`);
} catch (error) {
  if (!(error instanceof BuildFailure)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
