import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * better-sqlite3 is one native module with two runtimes: the tests and the browser shell load the Node build in
 * node_modules, and the desktop app in development loads an Electron build that
 * scripts/rebuild-electron-native.mjs writes here, with a stamp saying what it was built for. A packaged app
 * loads the Electron build electron-builder made inside the app, never this development file.
 */

/** The development Electron build of better-sqlite3, relative to the app root. */
export const electronNativeBindingFile = path.join('dist', 'native', 'electron', 'better_sqlite3.node');

/** The stamp beside it, relative to the app root. */
export const electronNativeStampFile = path.join('dist', 'native', 'electron', 'build-info.json');

/** What a development Electron build was built for; a build is current only when all four match. */
export interface ElectronNativeStamp {
  readonly electron: string;
  readonly betterSqlite3: string;
  readonly platform: string;
  readonly arch: string;
}

/** Which better-sqlite3 binary the desktop main process should load. */
export type DesktopNativeBinding =
  | { readonly kind: 'package' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'missing'; readonly message: string };

/** The stamp of the development build under `appRoot`, or undefined when there is none or it is unreadable. */
export function readElectronNativeStamp(appRoot: string): ElectronNativeStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(path.join(appRoot, electronNativeStampFile), 'utf8')) as unknown;
    if (typeof stamp !== 'object' || stamp === null) return undefined;
    const { electron, betterSqlite3, platform, arch } = stamp as Record<string, unknown>;
    if ([electron, betterSqlite3, platform, arch].some((field) => typeof field !== 'string'))
      return undefined;
    return stamp as ElectronNativeStamp;
  } catch {
    return undefined;
  }
}

/** Why a build stamped `found` cannot serve `wanted`, or undefined when it can. */
export function electronNativeStaleReason(
  found: ElectronNativeStamp | undefined,
  wanted: ElectronNativeStamp,
): string | undefined {
  if (!found) return 'it has not been built yet';
  for (const field of ['electron', 'betterSqlite3', 'platform', 'arch'] as const) {
    if (found[field] !== wanted[field]) {
      return `it was built for ${field} ${found[field]}, and this is ${wanted[field]}`;
    }
  }
  return undefined;
}

function packageVersion(appRoot: string, name: string): string {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(appRoot, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Chooses the binary for the desktop app. Packaged: better-sqlite3's own (electron-builder rebuilt it for
 * Electron), so no development path can leak into an installed app. Development: the current Electron build
 * under dist/native, or a plain message saying how to build it.
 */
export function chooseDesktopNativeBinding(options: {
  readonly appRoot: string;
  readonly isPackaged: boolean;
  readonly electronVersion: string;
  readonly platform?: string;
  readonly arch?: string;
}): DesktopNativeBinding {
  if (options.isPackaged) return { kind: 'package' };
  const wanted: ElectronNativeStamp = {
    electron: options.electronVersion,
    betterSqlite3: packageVersion(options.appRoot, 'better-sqlite3'),
    platform: options.platform ?? process.platform,
    arch: options.arch ?? process.arch,
  };
  const file = path.join(options.appRoot, electronNativeBindingFile);
  const stale = existsSync(file)
    ? electronNativeStaleReason(readElectronNativeStamp(options.appRoot), wanted)
    : 'it has not been built yet';
  if (stale === undefined) return { kind: 'file', path: file };
  return {
    kind: 'missing',
    message:
      `The SQLite module for Electron ${wanted.electron} is not ready (${stale}). Start the app with ` +
      '`npm start`, which builds it, or run `node scripts/rebuild-electron-native.mjs`.',
  };
}
