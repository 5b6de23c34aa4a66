import fs from 'node:fs';
import path from 'node:path';

/** Every regular file under `dir`, at any depth. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile());
}

/**
 * The files under `dir` whose bytes contain `text` (UTF-8): the check that erased data is gone from the database,
 * its write-ahead log and its backups, not merely from what queries return.
 */
export function filesHolding(dir: string, text: string): string[] {
  return filesUnder(dir).filter((file) => fs.readFileSync(file).includes(Buffer.from(text, 'utf8')));
}
