import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMachineConfig } from '../../../main/core/config/machineConfig';
import { makeTempFolder } from '../../support/tempFolder';

/*
 * Issue 21, finding 5: clinic IT's policy lives in the machine-wide settings file, and a learner who can set an
 * environment variable must not be able to switch it off. These tests write a real machine-wide file (in a folder
 * standing in for /etc/ce-player, owned by root as the tests run) and a learner's own file, and load them as the
 * app does.
 */
function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value), { mode: 0o644 });
  return file;
}

function machineFolder(): string {
  const dir = path.join(makeTempFolder('ce-policy-'), 'ce-player');
  fs.mkdirSync(dir, { mode: 0o755 });
  return dir;
}

describe('machine-wide policy', () => {
  it("cannot be switched off by a learner's CE_PLAYER_CONFIG", () => {
    const machineFile = writeJson(machineFolder(), 'config.json', {
      allowCourseImport: false,
      requirePin: true,
    });
    const learnerFile = writeJson(makeTempFolder('ce-learner-'), 'mine.json', {
      allowCourseImport: true,
      requirePin: false,
      pinSignOutMinutes: 1440,
    });
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: learnerFile }, () => true, { machineFile });
    expect(loaded.config.allowCourseImport).toBe(false);
    expect(loaded.config.requirePin).toBe(true);
    expect(loaded.file).toBe(machineFile);
    expect(loaded.warnings.join('\n')).toContain(`CE_PLAYER_CONFIG names ${learnerFile}`);
  });

  it('turns course import off by default on a machine with a settings file', () => {
    const machineFile = writeJson(machineFolder(), 'config.json', { requirePin: true });
    const loaded = loadMachineConfig('linux', {}, () => true, { machineFile });
    expect(loaded.config.allowCourseImport).toBe(false);
  });

  it('does not trust a file or folder that others may change, so it can only make rules stricter', () => {
    const folder = machineFolder();
    const machineFile = writeJson(folder, 'config.json', {
      allowCourseImport: true,
      requirePin: true,
      trustedInstallations: [
        { name: 'Planted', key: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' },
      ],
    });
    fs.chmodSync(machineFile, 0o666);
    const loaded = loadMachineConfig('linux', {}, () => true, { machineFile });
    expect(loaded.config.allowCourseImport).toBe(false);
    expect(loaded.config.trustedInstallations).toEqual([]);
    expect(loaded.config.requirePin).toBe(true);
    expect(loaded.warnings.join('\n')).toMatch(/others can change it/);

    fs.chmodSync(machineFile, 0o644);
    fs.chmodSync(folder, 0o777);
    const looseFolder = loadMachineConfig('linux', {}, () => true, { machineFile });
    expect(looseFolder.config.trustedInstallations).toEqual([]);
    expect(looseFolder.warnings.join('\n')).toMatch(/others can change it/);
  });
});
