// `npm start`: launches the desktop app, or explains in plain words why it cannot and what to use instead.
// Where the Electron runtime exists it first makes sure the Electron build of better-sqlite3 is current
// (dist/native/electron); the Node build in node_modules, which the tests use, is never touched.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBindingStatus } from './electronNativeBinding.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** The Electron runtime binary, or null when it has not been downloaded. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary && fs.existsSync(path.join(electronDir, 'install.js'))) {
  // electron fetches its runtime on first use; try once, quietly, then explain if it still is not there.
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  binary = electronBinary();
}

if (!binary) {
  console.error(
    [
      'CE Player cannot open its desktop window on this machine: the Electron runtime is not installed here,',
      'and it could not be downloaded (Electron fetches it on first launch, which needs access to its download',
      'server). Nothing is wrong with your data or the app. To use CE Player now, run `npm run serve` and open the',
      'address it prints in a browser; it is the same app. On a machine that can reach the download server,',
      '`npm start` fetches the runtime once and then works offline.',
    ].join('\n'),
  );
  process.exit(1);
}

const binding = electronBindingStatus(root);
if (!binding.current) {
  console.log(`Building the SQLite module for Electron first: ${binding.reason}.`);
  const rebuild = spawnSync(process.execPath, [path.join(root, 'scripts', 'rebuild-electron-native.mjs')], {
    stdio: 'inherit',
  });
  if (rebuild.status !== 0) process.exit(1);
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
