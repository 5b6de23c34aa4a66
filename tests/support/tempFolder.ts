import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

function removeAll(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A new folder in the system temp dir, removed when this process exits, so suites and benchmarks that start
 * servers and write whole courses leave nothing behind (a bench writes ~100 MB of generated courses per run).
 */
export function makeTempFolder(prefix: string): string {
  if (made.length === 0) process.once('exit', removeAll);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
