// `npm run dist`: builds the installers with electron-builder (run scripts/build.mjs first).
// electron-builder's npmRebuild rebuilds better-sqlite3 for Electron inside node_modules itself, which would leave
// the tests and the browser shell with a binary Node cannot load. The Node build is kept aside and put back
// afterwards, whether packaging worked or not. Extra arguments go to electron-builder (e.g. --win, --mac).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const releaseDir = path.join(
  path.dirname(require.resolve('better-sqlite3/package.json')),
  'build',
  'Release',
);
const cli = require.resolve('electron-builder/cli.js');

// The installers ship courses/ beside the app and the main bundles' record of it (scripts/build.mjs); a course edited
// after the build would ship refused by the app it came with, so packaging stops instead.
const { recordBundledCourses } = require(path.join(root, 'dist', 'build', 'bundled-course-digests.cjs'));
const builtRecord = fs.readFileSync(path.join(root, 'dist', 'build', 'bundled-courses.json'), 'utf8');
if (JSON.stringify(recordBundledCourses(path.join(root, 'courses'))) !== builtRecord) {
  console.error('The bundled courses changed after the build. Run `npm run dist` again, which builds first.');
  process.exit(1);
}

const kept = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-player-node-sqlite-'));
const binaries = fs.existsSync(releaseDir)
  ? fs.readdirSync(releaseDir).filter((name) => name.endsWith('.node'))
  : [];
for (const name of binaries) fs.copyFileSync(path.join(releaseDir, name), path.join(kept, name));

let status = 1;
try {
  const run = spawnSync(process.execPath, [cli, '--publish', 'never', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  status = run.status ?? 1;
} finally {
  const changed = binaries.filter(
    (name) =>
      !fs.existsSync(path.join(releaseDir, name)) ||
      !fs.readFileSync(path.join(kept, name)).equals(fs.readFileSync(path.join(releaseDir, name))),
  );
  for (const name of changed) fs.copyFileSync(path.join(kept, name), path.join(releaseDir, name));
  if (changed.length > 0)
    console.log('Restored the Node build of better-sqlite3 in node_modules (tests use it).');
  fs.rmSync(kept, { recursive: true, force: true });
}
process.exit(status);
