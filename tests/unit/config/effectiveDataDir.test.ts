import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../main/core/app/dataDirectory';
import { resolveEffectiveDataDir } from '../../../main/core/config/effectiveDataDir';
import { preloadedCourseDirs } from '../../../main/core/config/preloadedCourseDirs';

describe('effective data directory', () => {
  const config = { dataDir: '/srv/config-data' };

  it('prefers --data-dir, then CE_PLAYER_DATA_DIR, then the config file, then the default', () => {
    const env = { CE_PLAYER_DATA_DIR: '/env-data' };
    expect(resolveEffectiveDataDir(['--data-dir', '/arg-data'], env, config)).toBe('/arg-data');
    expect(resolveEffectiveDataDir(['--data-dir=/arg-data'], {}, config)).toBe('/arg-data');
    expect(resolveEffectiveDataDir([], env, config)).toBe('/env-data');
    expect(resolveEffectiveDataDir([], {}, config)).toBe('/srv/config-data');
    expect(resolveEffectiveDataDir([], {}, {})).toBe(path.resolve(defaultDataDir(process.platform, {})));
  });

  it('resolves a relative command-line folder from the current folder', () => {
    expect(resolveEffectiveDataDir(['--data-dir', 'portable'], {}, config)).toBe(path.resolve('portable'));
  });
});

describe('preloaded course folders', () => {
  it('lists the config folder first, then each --courses-dir, without repeats', () => {
    expect(
      preloadedCourseDirs(['--courses-dir', '/a', '--courses-dir=/srv/courses', '--courses-dir', 'rel'], {
        preloadCoursesDir: '/srv/courses',
      }),
    ).toEqual(['/srv/courses', '/a', path.resolve('rel')]);
    expect(preloadedCourseDirs([], {})).toEqual([]);
  });
});
