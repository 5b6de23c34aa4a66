import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;
const manifest = readJson<{ dependencies: Record<string, string>; devDependencies: Record<string, string> }>(
  'package.json',
);
const lock = readJson<{ packages: Record<string, { version?: string }> }>('package-lock.json');

describe('dependencies', () => {
  it('are each pinned to one exact version, the one the lock file installs', () => {
    const declared = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies });
    const unpinned = declared.filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    const otherThanLocked = declared.filter(
      ([name, version]) => lock.packages[`node_modules/${name}`]?.version !== version,
    );
    expect(unpinned).toEqual([]);
    expect(otherThanLocked).toEqual([]);
  });
});
