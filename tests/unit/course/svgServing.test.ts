import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCore } from '../../../main/core/app/createCore';
import type { Core } from '../../../main/core/app/core';
import { resolveServedFile } from '../../../main/core/app/staticFiles';
import { copyFixture, makeTempDir } from './tempCoursePackage';

/*
 * The asset route of both shells answers an SVG only after the same safety check the loader makes. The attack: an
 * SVG with a script lies in a package that loads (no document shows it, so the loader never checks it) and is asked
 * for by its address, which would open it as a document in the app's origin.
 */

const courseId = 'hand-hygiene-accredited';
const evil =
  '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/records.export")</script><rect width="1"/></svg>';

describe('course assets are served only after the SVG check', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core;
  let courseDir: string;

  beforeEach(async () => {
    temp = makeTempDir();
    const bundled = path.join(temp.dir, 'bundled');
    fs.mkdirSync(bundled);
    courseDir = copyFixture('valid-accredited', bundled);
    fs.writeFileSync(path.join(courseDir, 'assets', 'unlisted.svg'), evil);
    core = await createCore({
      dataDir: path.join(temp.dir, 'data'),
      bundledCoursesDir: bundled,
      shell: 'browser',
      appVersion: '0.0.0-test',
      log: { error: () => undefined, info: () => undefined },
    });
  });
  afterEach(() => {
    core.close();
    temp.cleanup();
  });

  const served = (file: string) =>
    resolveServedFile(core.resolveCourseAsset, temp.dir, `/course-asset/${courseId}/${file}`);

  test('a safe SVG and a PNG are served', () => {
    expect(served('assets/moments.svg')).toBe(fs.realpathSync(path.join(courseDir, 'assets', 'moments.svg')));
    expect(served('assets/figure.png')).not.toBeNull();
  });

  test('an SVG with a script that no document shows is not served', () => {
    expect(served('assets/unlisted.svg')).toBeNull();
  });

  test('an SVG changed after the course loaded is judged as it is served', () => {
    fs.writeFileSync(path.join(courseDir, 'assets', 'moments.svg'), evil);
    expect(served('assets/moments.svg')).toBeNull();
  });
});
