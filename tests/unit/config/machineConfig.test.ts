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
  return platform === process.platform
    ? loadMachineConfig(platform, { CE_PLAYER_CONFIG: file })
    : loadMachineConfig(platform, { CE_PLAYER_CONFIG: file }, () => true);
}

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

  it('is replaced by CE_PLAYER_CONFIG, resolved from the current folder', () => {
    expect(machineConfigPath('linux', { CE_PLAYER_CONFIG: '/tmp/x.json' })).toBe('/tmp/x.json');
    expect(machineConfigPath('darwin', { CE_PLAYER_CONFIG: 'rel.json' })).toBe(path.resolve('rel.json'));
  });
});

describe('loading the machine config', () => {
  it('gives the defaults, silently, when there is no file', () => {
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: '' });
    expect(loaded.file).toBe('/etc/ce-player/config.json');
    if (!fs.existsSync('/etc/ce-player/config.json')) {
      expect(loaded).toEqual({ config: defaultMachineConfig, warnings: [], file: loaded.file });
    }
    expect(defaultMachineConfig).toEqual({ allowCourseImport: true, requirePin: false });
  });

  it('warns when CE_PLAYER_CONFIG names a file that does not exist', () => {
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: file });
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
        allowCourseImport: false,
        requirePin: true,
      }),
    );
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config).toEqual({
      dataDir: '/srv/ce-player/data',
      preloadCoursesDir: `${courses}/`,
      allowCourseImport: false,
      requirePin: true,
    });
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
    expect(loaded.config).toEqual({ allowCourseImport: true, requirePin: true });
  });

  it('ignores an unknown key with a warning naming the file and the key, and suggests the likely one', () => {
    const loaded = load('{ "datadir": "/srv/data", "colour": "blue", "requirePin": true }');
    expect(loaded.config).toEqual({ allowCourseImport: true, requirePin: true });
    expect(loaded.warnings).toHaveLength(2);
    expect(loaded.warnings[0]).toContain(file);
    expect(loaded.warnings[0]).toContain('"datadir" is not a CE Player setting (did you mean "dataDir"?)');
    expect(loaded.warnings[1]).toContain('"colour" is not a CE Player setting, so it was ignored');
  });

  it('falls back per key on a wrong type and keeps the keys that are right', () => {
    const loaded = load(
      JSON.stringify({ allowCourseImport: 'no', requirePin: 1, dataDir: 42, preloadCoursesDir: dir }),
    );
    expect(loaded.config).toEqual({
      preloadCoursesDir: dir,
      allowCourseImport: true,
      requirePin: false,
    });
    expect(loaded.warnings).toEqual([
      expect.stringMatching(
        /"dataDir" must be a folder path in double quotes, but it is 42\..*default data folder/,
      ),
      expect.stringMatching(
        /"allowCourseImport" must be true or false, without quotes, but it is "no".*\(true\)/,
      ),
      expect.stringMatching(/"requirePin" must be true or false, without quotes, but it is 1\..*\(false\)/),
    ]);
    for (const warning of loaded.warnings) expect(warning).toContain(file);
  });

  it('refuses relative and empty paths', () => {
    const loaded = load(JSON.stringify({ dataDir: 'data', preloadCoursesDir: '  ' }));
    expect(loaded.config).toEqual(defaultMachineConfig);
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
    expect(driveless.config).toEqual(defaultMachineConfig);
    expect(driveless.warnings).toHaveLength(2);
    expect(driveless.warnings[0]).toContain('"D:\\\\CE Player"');
  });

  it('explains a Windows path whose single backslashes became a line break or tab', () => {
    const loaded = load(String.raw`{ "dataDir": "C:\new\tdata" }`, 'win32');
    expect(loaded.config).toEqual(defaultMachineConfig);
    expect(loaded.warnings[0]).toContain('"dataDir" contains a line break or tab');
    expect(loaded.warnings[0]).toContain('written twice');
  });

  it('ignores the whole file on invalid JSON and says where, by line and column', () => {
    const loaded = load('{\n  "requirePin": true,\n  "allowCourseImport": false,\n}\n');
    expect(loaded.config).toEqual(defaultMachineConfig);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toContain(file);
    expect(loaded.warnings[0]).toContain('is not valid JSON (line 4, column 1:');
    expect(loaded.warnings[0]).toContain('comma before it');
  });

  it('points at an unescaped backslash in a Windows path', () => {
    const loaded = load('{ "dataDir": "D:\\Data" }', 'win32');
    expect(loaded.config).toEqual(defaultMachineConfig);
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
      expect(loaded.config).toEqual(defaultMachineConfig);
      expect(loaded.warnings).toEqual([expect.stringContaining('must hold one JSON object')]);
    }
  });

  it('ignores an oversized file and one it cannot read, and never throws', () => {
    const big = load(`{ "requirePin": true, "x": "${'a'.repeat(maxMachineConfigBytes)}" }`);
    expect(big.config).toEqual(defaultMachineConfig);
    expect(big.warnings[0]).toContain('larger than a settings file can be');

    const folder = path.join(dir, 'folder.json');
    fs.mkdirSync(folder);
    const unreadable = loadMachineConfig('linux', { CE_PLAYER_CONFIG: folder });
    expect(unreadable.config).toEqual(defaultMachineConfig);
    expect(unreadable.warnings).toEqual([expect.stringContaining('could not be read (EISDIR)')]);
  });
});
