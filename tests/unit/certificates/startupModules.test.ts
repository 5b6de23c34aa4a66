import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleExternals } from '../../../scripts/bundleExternals.mjs';
import { makeSuiteTempDir, repoRoot } from './certificateFixtures';

/*
 * Start-up must not pay for certificates: a fresh process built as the shells are (esbuild, the same externals)
 * starts the core, and lists the modules Node loaded. jsonld and RDF canonicalization (the eddsa-rdfc-2022 stack)
 * and pdfkit are CommonJS inside, so they show in require.cache once loaded; the same probe then checks a
 * credential and must see them, so the probe can tell.
 */

const PROBE = `
import path from 'node:path';
import { createCore } from '../../main/core/app/createCore';
import { verifyCertificateFile } from '../../main/core/certificates/verifyCertificateFile';
import { readFileSync } from 'node:fs';

const loaded = () => Object.keys(require.cache).map((file) => file.split(path.sep).join('/'));
async function main() {
  const [dataDir, root] = process.argv.slice(2);
  const core = await createCore({
    dataDir, bundledCoursesDir: path.join(root, 'courses'), shell: 'browser', appVersion: 'probe',
    fontDir: path.join(root, 'build', 'fonts'), log: { error: () => undefined, info: () => undefined },
  });
  const atStart = loaded();
  core.close();
  const credential = readFileSync(path.join(root, 'tests/fixtures/certificates/format-2/credential.json'));
  const report = await verifyCertificateFile(credential, 'credential.json');
  console.log(JSON.stringify({ atStart, afterCheck: loaded(), valid: report.valid }));
}
void main();
`;

let out = '';
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('start-up', () => {
  it('starts the core without loading jsonld, RDF canonicalization or pdfkit; checking a credential loads them', () => {
    // Inside the repository, so the bundle finds its external packages in node_modules as dist/ does.
    mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
    out = mkdtempSync(path.join(repoRoot, 'dist', 'test-startup-'));
    writeFileSync(path.join(out, 'probe.ts'), PROBE);
    buildSync({
      absWorkingDir: repoRoot,
      entryPoints: [path.join(out, 'probe.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: bundleExternals,
      outfile: path.join(out, 'probe.cjs'),
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, [path.join(out, 'probe.cjs'), makeSuiteTempDir(), repoRoot], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const { atStart, afterCheck, valid } = JSON.parse(run.stdout) as {
      atStart: string[];
      afterCheck: string[];
      valid: boolean;
    };
    const heavy = /\/node_modules\/(jsonld|rdf-canonize|jsonld-signatures|pdfkit|linebreak)\//;
    expect(atStart.filter((file) => heavy.test(file))).toEqual([]);
    expect(atStart.some((file) => file.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(valid).toBe(true);
    expect(afterCheck.some((file) => file.includes('/node_modules/jsonld/'))).toBe(true);
    expect(afterCheck.some((file) => file.includes('/node_modules/rdf-canonize/'))).toBe(true);
  });
});
