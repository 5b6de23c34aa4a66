import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppLog } from '../../../main/core/app/appLog';
import { makeTempFolder } from '../../support/tempFolder';

/*
 * The log in <data dir>/logs: it must not grow without end on a workstation used for years, and one failed append
 * (a full disk for a moment, an antivirus lock) must not silence it until the next start.
 */
function logFiles(dataDir: string): string[] {
  return fs.readdirSync(path.join(dataDir, 'logs')).sort();
}

describe('the app log', () => {
  it('rotates main.log at its size limit and keeps a bounded number of older files', () => {
    const dataDir = makeTempFolder('ce-log-');
    const log = createAppLog(dataDir, () => undefined, { maxBytes: 2_000, keepFiles: 2 });
    for (let i = 0; i < 200; i++) log.info(`line ${i} ${'x'.repeat(80)}`);
    expect(logFiles(dataDir)).toEqual(['main.log', 'main.log.1', 'main.log.2']);
    for (const file of logFiles(dataDir)) {
      expect(fs.statSync(path.join(dataDir, 'logs', file)).size).toBeLessThanOrEqual(2_000);
    }
    const newest = fs.readFileSync(path.join(dataDir, 'logs', 'main.log'), 'utf8');
    expect(newest).toContain('line 199 ');
    const older = fs.readFileSync(path.join(dataDir, 'logs', 'main.log.1'), 'utf8');
    expect(older).not.toContain('line 199 ');
  });

  it('keeps logging after one failed append, and says once on stderr that a line was lost', () => {
    const dataDir = makeTempFolder('ce-log-');
    const stderr: string[] = [];
    const log = createAppLog(dataDir, (line) => stderr.push(line));
    log.info('before the failure');
    const file = path.join(dataDir, 'logs', 'main.log');
    // The file is briefly something an append cannot write to.
    fs.renameSync(file, `${file}.moved`);
    fs.mkdirSync(file);
    log.info('lost while the file was a folder');
    fs.rmdirSync(file);
    log.info('after the failure');
    log.error('an error after the failure');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('after the failure');
    expect(text).toContain('an error after the failure');
    expect(stderr.filter((line) => line.includes('could not write to its log'))).toHaveLength(1);
  });
});
