import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const { scripts } = manifest;

/** Every npm script `name` runs, following `npm run x` into x. */
function expand(name: string, seen = new Set<string>()): string[] {
  const script = scripts[name];
  if (script === undefined || seen.has(name)) return [];
  seen.add(name);
  const nested = [...script.matchAll(/npm run ([\w:-]+)/g)].flatMap((match) => expand(match[1] ?? '', seen));
  return [script, ...nested];
}

describe('package.json scripts', () => {
  it('runs the Electron audit in npm test after lint and before the unit tests', () => {
    expect(scripts.test).toBe(
      'npm run typecheck && npm run lint && npm run audit:electron && npm run test:unit && npm run test:e2e',
    );
    expect(scripts['audit:electron']).toBe('node scripts/electron-audit.mjs');
  });

  it('never builds the Electron native module in npm test, which keeps the Node build', () => {
    const testCommands = expand('test').join('\n');
    expect(testCommands).toContain('vitest run');
    expect(testCommands).not.toMatch(/rebuild-electron-native|start-desktop|electron-builder|dist\.mjs/);
  });

  it('builds it for npm start only (start-desktop runs it when Electron exists), and packages through dist.mjs', () => {
    expect(scripts.start).toContain('node scripts/start-desktop.mjs');
    expect(fs.readFileSync(path.join(root, 'scripts', 'start-desktop.mjs'), 'utf8')).toContain(
      'rebuild-electron-native.mjs',
    );
    expect(scripts.dist).toBe('node scripts/build.mjs && node scripts/dist.mjs');
  });

  it('pins the tools the packaging scripts and tests call directly', () => {
    for (const name of ['@doyensec/electronegativity', 'ajv', 'node-gyp', 'electron', 'electron-builder']) {
      expect(manifest.devDependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});
