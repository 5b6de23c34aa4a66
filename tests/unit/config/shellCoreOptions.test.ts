import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellCoreOptions, type ShellStart } from '../../../main/core/config/shellCoreOptions';
import type { LrsSettings } from '../../../main/core/config/lrsConfigSchema';
import { defaultMachineConfig } from '../../../main/core/config/machineConfigSchema';

/* Both shells build the core's options with shellCoreOptions; these are the rules they share. */

const lrs: LrsSettings = {
  endpoint: 'https://lrs.example.org/xapi/',
  key: 'ce-player',
  secret: 'secret',
  enabled: true,
  batchSize: 50,
  intervalSeconds: 60,
  timeoutSeconds: 20,
};

function start(overrides: Partial<ShellStart> = {}): ShellStart {
  return {
    shell: 'browser',
    appVersion: '1.2.3',
    argv: [],
    env: {},
    machine: defaultMachineConfig,
    bundledCoursesDir: '/app/courses',
    fontDir: '/app/build/fonts',
    bundledCourseDigests: [],
    courseImportWorker: '/app/dist/main/course-import-worker.cjs',
    ...overrides,
  };
}

describe('shellCoreOptions', () => {
  it('takes the data folder from --data-dir, then CE_PLAYER_DATA_DIR, then the settings file', () => {
    const machine = { ...defaultMachineConfig, dataDir: '/srv/ce-data' };
    expect(shellCoreOptions(start({ machine })).dataDir).toBe(path.resolve('/srv/ce-data'));
    expect(shellCoreOptions(start({ machine, env: { CE_PLAYER_DATA_DIR: '/env/data' } })).dataDir).toBe(
      path.resolve('/env/data'),
    );
    const argv = ['--data-dir', '/arg/data'];
    expect(shellCoreOptions(start({ machine, argv, env: { CE_PLAYER_DATA_DIR: '/env/data' } })).dataDir).toBe(
      path.resolve('/arg/data'),
    );
  });

  it("lists the settings file's preloaded courses first, then each --courses-dir, without repeats", () => {
    const machine = { ...defaultMachineConfig, preloadCoursesDir: '/srv/courses' };
    const argv = ['--courses-dir', '/usb/courses', '--courses-dir', '/srv/courses'];
    expect(shellCoreOptions(start({ machine, argv })).extraCourseDirs).toEqual([
      path.resolve('/srv/courses'),
      path.resolve('/usb/courses'),
    ]);
  });

  it("carries IT's policy, the shell's folders and the native build through unchanged", () => {
    const machine = {
      ...defaultMachineConfig,
      allowCourseImport: false,
      requirePin: true,
      pinSignOutMinutes: 5,
      lrs,
    };
    const options = shellCoreOptions(
      start({ shell: 'desktop', machine, nativeBinding: '/app/dist/native/electron/better_sqlite3.node' }),
    );
    expect(options).toMatchObject({
      shell: 'desktop',
      appVersion: '1.2.3',
      bundledCoursesDir: '/app/courses',
      fontDir: '/app/build/fonts',
      courseImportWorker: '/app/dist/main/course-import-worker.cjs',
      allowCourseImport: false,
      requirePin: true,
      pinSignOutMinutes: 5,
      trustedInstallations: [],
      lrs,
      nativeBinding: '/app/dist/native/electron/better_sqlite3.node',
    });
    expect(shellCoreOptions(start())).not.toHaveProperty('nativeBinding');
  });
});
