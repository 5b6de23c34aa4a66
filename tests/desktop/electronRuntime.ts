import fs from 'node:fs';
import path from 'node:path';

const electronDir = path.resolve(import.meta.dirname, '..', '..', 'node_modules', 'electron');

/**
 * The Electron runtime binary when it has been downloaded, or null. The npm package installs without it; the
 * runtime arrives on first launch where the network allows.
 */
export function electronRuntimePath(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

export const missingRuntimeReason =
  'Electron runtime not installed on this machine (node_modules/electron/dist is missing and cannot be downloaded ' +
  'here); the same flows run in Chromium through the browser shell.';
