import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');
const audit = path.join(root, 'scripts', 'electron-audit.mjs');
const dirs: string[] = [];

/** A folder holding main.ts with these lines, removed after the test. */
function mainSource(lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-audit-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'main.ts'), lines.join('\n'));
  return dir;
}

function runAudit(...args: string[]) {
  return spawnSync(process.execPath, [audit, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run audit:electron', () => {
  it('fails on an insecure window, naming each finding with file:line and a fix', () => {
    const dir = mainSource([
      "import { BrowserWindow } from 'electron';",
      'export function open(): void {',
      '  const win = new BrowserWindow({',
      '    webPreferences: { contextIsolation: false },',
      '  });',
      "  void win.loadURL('app://ce-player/');",
      '}',
    ]);
    const run = runAudit(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Electron security audit failed');
    expect(run.stderr).toMatch(/main\.ts:4 {2}CONTEXT_ISOLATION_JS_CHECK \(HIGH/);
    expect(run.stderr).toContain('Fix: set contextIsolation: true in webPreferences.');
    expect(run.stderr).toMatch(/main\.ts:3 {2}SANDBOX_JS_CHECK \(MEDIUM/);
    expect(run.stderr).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK (HIGH');
  });

  it('honours an inline eng-disable, and fails on a file it cannot parse', () => {
    const dir = mainSource([
      "import { shell } from 'electron';",
      'export function openLink(url: string): void {',
      '  void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK',
      '}',
    ]);
    fs.writeFileSync(path.join(dir, 'broken.ts'), 'const x = ;\n');
    const run = runAudit(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('OPEN_EXTERNAL_JS_CHECK (');
    expect(run.stderr).toMatch(/Not audited: .*broken\.ts could not be parsed/);
  });
});
