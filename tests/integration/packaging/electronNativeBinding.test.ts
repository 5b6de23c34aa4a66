import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chooseDesktopNativeBinding,
  electronNativeBindingFile,
  electronNativeStampFile,
} from '../../../main/desktop/electronNativeBinding';
import {
  electronBindingFile,
  electronBindingStampFile,
  electronBindingStatus,
} from '../../../scripts/electronNativeBinding.mjs';

const root = path.resolve(__dirname, '..', '..', '..');
let appRoot: string;

/** A fake app root: node_modules with electron and better-sqlite3 manifests, optionally a dev Electron build. */
function makeAppRoot(versions: { electron: string; betterSqlite3: string }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-native-binding-'));
  for (const [name, version] of [
    ['electron', versions.electron],
    ['better-sqlite3', versions.betterSqlite3],
  ] as const) {
    fs.mkdirSync(path.join(dir, 'node_modules', name), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  return dir;
}

function writeBuild(dir: string, stamp: object | null): void {
  fs.mkdirSync(path.dirname(path.join(dir, electronNativeBindingFile)), { recursive: true });
  fs.writeFileSync(path.join(dir, electronNativeBindingFile), 'not really a binary');
  if (stamp) fs.writeFileSync(path.join(dir, electronNativeStampFile), JSON.stringify(stamp));
}

const current = {
  electron: '45.5.0',
  betterSqlite3: '12.11.1',
  platform: process.platform,
  arch: process.arch,
};

beforeEach(() => {
  appRoot = makeAppRoot(current);
});
afterEach(() => fs.rmSync(appRoot, { recursive: true, force: true }));

describe('choosing the desktop native binding', () => {
  const choose = (isPackaged: boolean) =>
    chooseDesktopNativeBinding({ appRoot, isPackaged, electronVersion: '45.5.0' });

  it('uses the packaged app’s own rebuilt module and never a development path', () => {
    writeBuild(appRoot, current);
    expect(choose(true)).toEqual({ kind: 'package' });
  });

  it('uses the development Electron build when it is current', () => {
    writeBuild(appRoot, current);
    expect(choose(false)).toEqual({ kind: 'file', path: path.join(appRoot, electronNativeBindingFile) });
  });

  it('says how to build it when it is missing or stale', () => {
    const missing = choose(false);
    expect(missing).toMatchObject({ kind: 'missing' });
    expect(missing.kind === 'missing' && missing.message).toContain('npm start');

    writeBuild(appRoot, { ...current, electron: '44.0.0' });
    const stale = choose(false);
    expect(stale.kind === 'missing' && stale.message).toContain(
      'built for electron 44.0.0, and this is 45.5.0',
    );

    writeBuild(appRoot, { ...current, betterSqlite3: '11.0.0' });
    expect(choose(false).kind).toBe('missing');
  });

  it('agrees with the start script on where the build lives and when it is current', () => {
    expect(electronBindingFile(appRoot)).toBe(path.join(appRoot, electronNativeBindingFile));
    expect(electronBindingStampFile(appRoot)).toBe(path.join(appRoot, electronNativeStampFile));
    expect(electronBindingStatus(appRoot)).toEqual({ current: false, reason: 'it has not been built yet' });

    writeBuild(appRoot, current);
    expect(electronBindingStatus(appRoot)).toEqual({ current: true, reason: '' });
    writeBuild(appRoot, { ...current, arch: 'not-this-arch' });
    expect(electronBindingStatus(appRoot).current).toBe(false);
    writeBuild(appRoot, null);
    fs.rmSync(path.join(appRoot, electronNativeStampFile));
    expect(electronBindingStatus(appRoot)).toMatchObject({ current: false });
  });
});

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A local port with nothing listening, so the headers download fails at once and touches no network. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('rebuild-electron-native.mjs', () => {
  it('fails with a plain message when the Electron headers cannot be fetched, leaving the Node build alone', async () => {
    const nodeBuild = path.join(
      root,
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    const before = sha256(nodeBuild);
    const out = path.join(appRoot, 'out');
    const headersUrl = `http://127.0.0.1:${await closedPort()}/headers`;
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts', 'rebuild-electron-native.mjs'),
        '--out',
        out,
        '--headers-url',
        headersUrl,
        '--devdir',
        path.join(appRoot, 'gyp-cache'),
      ],
      // npm sets npm_config_nodedir on this project's machines; the script must not build against Node's headers.
      { encoding: 'utf8', env: { ...process.env, npm_config_nodedir: '/usr' }, timeout: 120_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("node-gyp needs Electron's headers");
    expect(run.stderr).toContain(headersUrl);
    expect(run.stderr).toContain('npm run serve');
    expect(fs.existsSync(path.join(out, 'better_sqlite3.node'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'build-info.json'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'rebuild.log'), 'utf8')).toContain(`--dist-url=${headersUrl}`);
    expect(sha256(nodeBuild)).toBe(before);
  });
});
