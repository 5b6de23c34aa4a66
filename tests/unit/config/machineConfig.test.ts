import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultMachineConfig,
  loadMachineConfig,
  machineConfigPath,
  maxMachineConfigBytes,
} from '../../../main/core/config/machineConfig';

/** A real installation key: the did:key of the specification's eddsa test vectors. */
const clinicB = 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-machine-config-'));
  file = path.join(dir, 'config.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Loads `file` through CE_PLAYER_CONFIG, as the app does. For another OS's path rules, folders are taken to
 * exist, since that OS's paths cannot exist here.
 */
function load(contents: string | Buffer, platform: NodeJS.Platform = 'linux') {
  fs.writeFileSync(file, contents);
  const locations = { machineFile: missing() };
  return platform === process.platform
    ? loadMachineConfig(platform, { CE_PLAYER_CONFIG: file }, undefined, locations)
    : loadMachineConfig(platform, { CE_PLAYER_CONFIG: file }, () => true, locations);
}

/** A machine-wide settings path where no file exists, so that the environment may choose one. */
function missing(): string {
  return path.join(dir, 'no-machine-file', 'config.json');
}

/** The settings a file starts from: course import is off until IT turns it on. */
const managedDefaults = { ...defaultMachineConfig, allowCourseImport: false };

describe('machine config path', () => {
  it('is the documented machine-wide file on each OS', () => {
    expect(machineConfigPath('win32', { ProgramData: 'C:\\ProgramData' })).toBe(
      'C:\\ProgramData\\CE Player\\config.json',
    );
    expect(machineConfigPath('win32', {})).toBe('C:\\ProgramData\\CE Player\\config.json');
    expect(machineConfigPath('win32', { PROGRAMDATA: 'E:\\PD' })).toBe('E:\\PD\\CE Player\\config.json');
    expect(machineConfigPath('darwin', {})).toBe('/Library/Application Support/CE Player/config.json');
    expect(machineConfigPath('linux', {})).toBe('/etc/ce-player/config.json');
  });

  it('is not moved by CE_PLAYER_CONFIG, which may only name a file where there is none', () => {
    expect(machineConfigPath('linux', { CE_PLAYER_CONFIG: '/tmp/x.json' })).toBe(
      '/etc/ce-player/config.json',
    );
  });

  it('reads a file named by CE_PLAYER_CONFIG, resolved from the current folder, on a machine without one', () => {
    fs.writeFileSync(file, '{ "requirePin": true }');
    const relative = path.relative(process.cwd(), file);
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: relative }, undefined, {
      machineFile: missing(),
    });
    expect(loaded).toMatchObject({ file, source: 'environment', warnings: [] });
    expect(loaded.config.requirePin).toBe(true);
  });
});

describe('loading the machine config', () => {
  it('gives the defaults, silently, when there is no file', () => {
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: '' }, undefined, {
      machineFile: missing(),
    });
    expect(loaded).toEqual({ config: defaultMachineConfig, warnings: [], file: missing(), source: 'none' });
    expect(defaultMachineConfig).toEqual({
      allowCourseImport: true,
      requirePin: false,
      pinSignOutMinutes: 30,
      trustedInstallations: [],
    });
  });

  it('warns when CE_PLAYER_CONFIG names a file that does not exist', () => {
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: file }, undefined, {
      machineFile: missing(),
    });
    expect(loaded.config).toEqual(defaultMachineConfig);
    expect(loaded.warnings).toEqual([expect.stringContaining(`${file}: CE_PLAYER_CONFIG names this file`)]);
  });

  it('reads every key of a valid file', () => {
    const courses = path.join(dir, 'courses');
    fs.mkdirSync(courses);
    const loaded = load(
      JSON.stringify({
        dataDir: '/srv/ce-player/data',
        preloadCoursesDir: `${courses}/`,
        allowCourseImport: true,
        requirePin: true,
        pinSignOutMinutes: 10,
        trustedInstallations: [{ name: 'Clinic B', key: clinicB }],
      }),
    );
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config).toEqual({
      dataDir: '/srv/ce-player/data',
      preloadCoursesDir: `${courses}/`,
      allowCourseImport: true,
      requirePin: true,
      pinSignOutMinutes: 10,
      trustedInstallations: [{ name: 'Clinic B', key: clinicB }],
    });
  });

  it('writes a trusted installation given as a bare Multikey the way records name their signer: as a did:key', () => {
    const bare = clinicB.slice('did:key:'.length);
    const loaded = load(JSON.stringify({ trustedInstallations: [{ name: 'Clinic B', key: bare }] }));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config.trustedInstallations).toEqual([{ name: 'Clinic B', key: clinicB }]);
  });

  it('keeps a preloaded courses folder that does not exist yet, and says so', () => {
    const missing = path.join(dir, 'not-yet');
    const loaded = load(JSON.stringify({ preloadCoursesDir: missing }));
    expect(loaded.config.preloadCoursesDir).toBe(missing);
    expect(loaded.warnings).toEqual([
      expect.stringContaining(`"${missing}", which is not an existing folder`),
    ]);
  });

  it('keeps the defaults for keys the file leaves out', () => {
    const loaded = load('{ "requirePin": true }');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config).toEqual({ ...managedDefaults, requirePin: true });
  });

  it('ignores an unknown key with a warning naming the file and the key, and suggests the likely one', () => {
    const loaded = load('{ "datadir": "/srv/data", "colour": "blue", "requirePin": true }');
    expect(loaded.config).toEqual({ ...managedDefaults, requirePin: true });
    expect(loaded.warnings).toHaveLength(2);
    expect(loaded.warnings[0]).toContain(file);
    expect(loaded.warnings[0]).toContain('"datadir" is not a CE Player setting (did you mean "dataDir"?)');
    expect(loaded.warnings[1]).toContain('"colour" is not a CE Player setting, so it was ignored');
  });

  it('falls back per key on a wrong type and keeps the keys that are right', () => {
    const loaded = load(
      JSON.stringify({ allowCourseImport: 'no', requirePin: 1, dataDir: 42, preloadCoursesDir: dir }),
    );
    expect(loaded.config).toEqual({ ...managedDefaults, preloadCoursesDir: dir });
    expect(loaded.warnings).toEqual([
      expect.stringMatching(
        /"dataDir" must be a folder path in double quotes, but it is 42\..*default data folder/,
      ),
      expect.stringMatching(
        /"allowCourseImport" must be true or false, without quotes, but it is "no".*its default/,
      ),
      expect.stringMatching(/"requirePin" must be true or false, without quotes, but it is 1\..*\(false\)/),
    ]);
    for (const warning of loaded.warnings) expect(warning).toContain(file);
  });

  it('checks each trusted installation and drops a bad one alone, naming the entry and field', () => {
    const loaded = load(
      JSON.stringify({
        trustedInstallations: [
          { name: 'Clinic B', key: clinicB },
          { name: 'Typo', key: 'did:key:z6MkBAD' },
          { name: ' ', key: clinicB },
          'Clinic C',
        ],
      }),
    );
    expect(loaded.config.trustedInstallations).toEqual([{ name: 'Clinic B', key: clinicB }]);
    expect(loaded.warnings).toEqual([
      expect.stringContaining('"trustedInstallations[1].key" is not an Ed25519 public key'),
      expect.stringContaining('"trustedInstallations[2].name" must not be empty. That entry was ignored.'),
      expect.stringContaining('"trustedInstallations[3]" must be an entry such as'),
    ]);
    const notAList = load(JSON.stringify({ trustedInstallations: clinicB }));
    expect(notAList.config.trustedInstallations).toEqual([]);
    expect(notAList.warnings[0]).toContain('"trustedInstallations" must be a list');
  });

  it('takes a PIN sign-out limit from 1 minute to a day, in whole minutes', () => {
    expect(load('{ "pinSignOutMinutes": 5 }').config.pinSignOutMinutes).toBe(5);
    for (const [value, words] of [
      ['0', 'must be at least 1 minute'],
      ['1441', 'can be at most 1440 minutes'],
      ['2.5', 'must be a whole number'],
      ['"30"', 'must be a number of minutes, but it is "30"'],
    ]) {
      const loaded = load(`{ "pinSignOutMinutes": ${value} }`);
      expect(loaded.config.pinSignOutMinutes).toBe(30);
      expect(loaded.warnings[0]).toContain(`"pinSignOutMinutes" ${words}`);
    }
  });

  it('refuses relative and empty paths', () => {
    const loaded = load(JSON.stringify({ dataDir: 'data', preloadCoursesDir: '  ' }));
    expect(loaded.config).toEqual(managedDefaults);
    expect(loaded.warnings[0]).toContain('"dataDir" must be a full (absolute) path');
    expect(loaded.warnings[0]).toContain('"data" is relative');
    expect(loaded.warnings[1]).toContain('"preloadCoursesDir" must be a folder path');
  });

  it('applies Windows path rules on Windows', () => {
    const good = load(
      String.raw`{ "dataDir": "D:\\CE Player\\data", "preloadCoursesDir": "\\\\srv\\courses" }`,
      'win32',
    );
    expect(good.warnings).toEqual([]);
    expect(good.config.dataDir).toBe('D:\\CE Player\\data');
    expect(good.config.preloadCoursesDir).toBe('\\\\srv\\courses\\');

    const driveless = load(String.raw`{ "dataDir": "\\data", "preloadCoursesDir": "/srv/courses" }`, 'win32');
    expect(driveless.config).toEqual(managedDefaults);
    expect(driveless.warnings).toHaveLength(2);
    expect(driveless.warnings[0]).toContain('"D:\\\\CE Player"');
  });

  it('explains a Windows path whose single backslashes became a line break or tab', () => {
    const loaded = load(String.raw`{ "dataDir": "C:\new\tdata" }`, 'win32');
    expect(loaded.config).toEqual(managedDefaults);
    expect(loaded.warnings[0]).toContain('"dataDir" contains a line break or tab');
    expect(loaded.warnings[0]).toContain('written twice');
  });

  it('ignores the whole file on invalid JSON and says where, by line and column', () => {
    const loaded = load('{\n  "requirePin": true,\n  "allowCourseImport": false,\n}\n');
    expect(loaded.config).toEqual(managedDefaults);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toContain(file);
    expect(loaded.warnings[0]).toContain('is not valid JSON (line 4, column 1:');
    expect(loaded.warnings[0]).toContain('comma before it');
  });

  it('points at an unescaped backslash in a Windows path', () => {
    const loaded = load('{ "dataDir": "D:\\Data" }', 'win32');
    expect(loaded.config).toEqual(managedDefaults);
    expect(loaded.warnings[0]).toContain('line 1, column 17');
    expect(loaded.warnings[0]).toContain('write each \\ as \\\\');
  });

  it('reads files saved by Notepad (UTF-8 with BOM) and Windows PowerShell (UTF-16)', () => {
    const json = '{ "requirePin": true }';
    const bom = load(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    expect(bom.warnings).toEqual([]);
    expect(bom.config.requirePin).toBe(true);
    const utf16 = load(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    expect(utf16.warnings).toEqual([]);
    expect(utf16.config.requirePin).toBe(true);
  });

  it('ignores a file that is not one JSON object', () => {
    for (const text of ['[]', 'null', '"dataDir"', '7']) {
      const loaded = load(text);
      expect(loaded.config).toEqual(managedDefaults);
      expect(loaded.warnings).toEqual([expect.stringContaining('must hold one JSON object')]);
    }
  });

  it('ignores an oversized file and one it cannot read, and never throws', () => {
    const big = load(`{ "requirePin": true, "x": "${'a'.repeat(maxMachineConfigBytes)}" }`);
    expect(big.config).toEqual(managedDefaults);
    expect(big.warnings[0]).toContain('larger than a settings file can be');

    const folder = path.join(dir, 'folder.json');
    fs.mkdirSync(folder);
    const unreadable = loadMachineConfig('linux', { CE_PLAYER_CONFIG: folder }, undefined, {
      machineFile: missing(),
    });
    expect(unreadable.config).toEqual(managedDefaults);
    expect(unreadable.warnings).toEqual([expect.stringContaining('could not be read (EISDIR)')]);
  });
});
