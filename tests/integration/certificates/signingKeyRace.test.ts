import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import { makeTempDir } from '../../unit/certificates/certificateFixtures';

/* Several processes creating the installation's signing key at once (the rest of the key store is in tests/unit). */

describe('loadOrCreateSigningKey across processes', () => {
  it('gives every process the same key when several create it at the same moment', async () => {
    const worker = path.join(makeTempDir(), 'keyRaceWorker.cjs');
    buildSync({
      entryPoints: [path.join(__dirname, 'keyRaceWorker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: worker,
      logLevel: 'error',
    });
    for (let round = 0; round < 3; round++) {
      const dataDir = makeTempDir();
      const dids = await Promise.all(Array.from({ length: 6 }, () => runWorker(worker, dataDir)));
      expect(new Set(dids).size).toBe(1);
      expect(loadOrCreateSigningKey(dataDir, Date.now()).did).toBe(dids[0]);
      expect(readdirSync(path.join(dataDir, 'keys'))).toEqual(['certificate-signing-key.json']);
    }
  });
});

function runWorker(worker: string, dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(err))));
  });
}
