import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, readOption, resolveDataDir } from '../../../main/core/app/dataDirectory';

describe('data directory', () => {
  it('matches Electron userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/CE Player');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe('/cfg/CE Player');
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/CE Player',
    );
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\CE Player',
    );
  });

  it('prefers --data-dir, then CE_PLAYER_DATA_DIR', () => {
    expect(resolveDataDir(['--data-dir', '/a'], { CE_PLAYER_DATA_DIR: '/b' })).toBe('/a');
    expect(resolveDataDir(['--data-dir=/c'], { CE_PLAYER_DATA_DIR: '/b' })).toBe('/c');
    expect(resolveDataDir([], { CE_PLAYER_DATA_DIR: '/b' })).toBe('/b');
    expect(resolveDataDir(['--data-dir', 'rel'], {})).toBe(path.resolve('rel'));
  });

  it('reads options in both spellings, the last one winning', () => {
    expect(readOption(['--port', '80', '--port=81'], '--port')).toBe('81');
    expect(readOption(['--port'], '--port')).toBeUndefined();
    expect(readOption(['--portal', '1'], '--port')).toBeUndefined();
  });
});
