// Where the development Electron build of better-sqlite3 lives and whether it is current. Shared by
// start-desktop.mjs and rebuild-electron-native.mjs; main/desktop/electronNativeBinding.ts reads the same
// files in the desktop app (tests/unit/packaging checks that the two agree).
import fs from 'node:fs';
import path from 'node:path';

/** The folder holding the Electron build and its stamp. */
export function electronBindingDir(root) {
  return path.join(root, 'dist', 'native', 'electron');
}

/** The Electron build of better-sqlite3 that the desktop app loads in development. */
export function electronBindingFile(root) {
  return path.join(electronBindingDir(root), 'better_sqlite3.node');
}

/** The stamp recording what that build was made for. */
export function electronBindingStampFile(root) {
  return path.join(electronBindingDir(root), 'build-info.json');
}

function packageVersion(root, name) {
  const manifest = path.join(root, 'node_modules', name, 'package.json');
  return JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
}

/** What a build made now, on this machine, would be stamped with. */
export function expectedElectronBindingStamp(root) {
  return {
    electron: packageVersion(root, 'electron'),
    betterSqlite3: packageVersion(root, 'better-sqlite3'),
    platform: process.platform,
    arch: process.arch,
  };
}

/** `{ current: true }`, or `{ current: false, reason }` saying in words why a rebuild is needed. */
export function electronBindingStatus(root) {
  if (!fs.existsSync(electronBindingFile(root)))
    return { current: false, reason: 'it has not been built yet' };
  let found;
  try {
    found = JSON.parse(fs.readFileSync(electronBindingStampFile(root), 'utf8'));
  } catch {
    return { current: false, reason: 'its build-info.json stamp is missing or unreadable' };
  }
  const wanted = expectedElectronBindingStamp(root);
  for (const field of ['electron', 'betterSqlite3', 'platform', 'arch']) {
    if (found?.[field] !== wanted[field]) {
      return {
        current: false,
        reason: `it was built for ${field} ${found?.[field]}, and this is ${wanted[field]}`,
      };
    }
  }
  return { current: true, reason: '' };
}
