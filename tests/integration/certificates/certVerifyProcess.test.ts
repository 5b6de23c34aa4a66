import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleExternals } from '../../../scripts/bundleExternals.mjs';
import { repoRoot } from '../../unit/certificates/certificateFixtures';
import { writeVerifyFixtureFiles } from '../../unit/certificates/verifyFixtureFiles';

/* cert:verify built as the CLI bundle and run as its own process (the in-process checks are in tests/unit). */

let dir = '';
let qrText = '';

beforeAll(async () => {
  ({ dir, qrText } = await writeVerifyFixtureFiles());
});

describe('cert:verify as a process', () => {
  let bundle = '';
  let out = '';
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  beforeAll(() => {
    // Inside the repository, so the bundle finds its external packages in node_modules, as dist/cli does.
    mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
    out = mkdtempSync(path.join(repoRoot, 'dist', 'test-cert-verify-'));
    bundle = path.join(out, 'cert-verify.cjs');
    buildSync({
      absWorkingDir: repoRoot,
      entryPoints: [path.join(repoRoot, 'main', 'cli', 'certVerifyMain.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: bundleExternals,
      outfile: bundle,
      logLevel: 'error',
    });
  });

  it('keeps pdfkit and the Data Integrity libraries outside the bundle, loaded from node_modules on first use', () => {
    const source = readFileSync(bundle, 'utf8');
    expect(source).not.toMatch(/fontkit|rdf-canonize|jsonld-signatures/i);
    expect(source).toContain('import("pdfkit")');
    expect(source).toContain('import("@digitalbazaar/vc")');
  });

  it('sets the exit code: 0 VALID, 1 INVALID, 2 unreadable', () => {
    const exit = (...args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8' });
    const valid = exit(path.join(dir, 'certificate.pdf'));
    expect(valid.stdout).toMatch(/^VALID/);
    expect(valid.status).toBe(0);
    expect(exit(path.join(dir, 'changed.pdf')).status).toBe(1);
    expect(exit(path.join(dir, 'changed.json')).status).toBe(1);
    const scanned = spawnSync(process.execPath, [bundle, '-'], { input: qrText, encoding: 'utf8' });
    expect(scanned.stdout).toMatch(/^VALID/);
    expect(scanned.status).toBe(0);
    expect(exit(path.join(dir, 'missing.pdf')).status).toBe(2);
    expect(exit().status).toBe(2);
  });
});
