import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createSession } from '../../../main/core/app/session';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import type { CourseRoot } from '../../../main/core/library/courseLibrary';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';
import { coreWorld, t0 } from '../support/coreWorld';
import { makeDataDir, validMinimalDir } from './importFixtures';
import { newProviderKey, signedMinimal } from './signingFixtures';
import { buildZip, folderEntries } from './zipWriter';

/*
 * Issue 21, finding 2: an imported package takes the id of a bundled or IT-preloaded course only when signed by the
 * same provider key, at import and at every load; and the library says where each course came from.
 */
const zipOf = (dir: string) => ({
  kind: 'zip' as const,
  fileName: 'course.zip',
  bytes: buildZip(folderEntries(dir)),
});

function setup(source: 'bundled' | 'preloaded', signer: ReturnType<typeof newProviderKey> | null) {
  const dataDir = makeDataDir();
  const shippedDir = path.join(makeDataDir(), source);
  if (signer) signedMinimal(shippedDir, signer);
  else fs.cpSync(validMinimalDir, path.join(shippedDir, 'hand-hygiene'), { recursive: true });
  const roots: CourseRoot[] = [
    { dir: shippedDir, source },
    { dir: path.join(dataDir, 'courses'), source: 'imported' },
  ];
  const library = () => new CourseLibrary(roots);
  const importOptions = { bundledDirs: [shippedDir], protectedPackages: library().protectedPackages() };
  return { dataDir, library, importOptions };
}

describe('importing over a bundled or preloaded course', () => {
  const provider = newProviderKey();

  test('a newer version signed by the same provider key replaces the bundled one', () => {
    const { dataDir, library, importOptions } = setup('bundled', provider);
    const update = signedMinimal(makeDataDir(), provider, { version: '1.1.0' });
    const result = importCoursePackage(dataDir, zipOf(update), importOptions);
    expect(result).toMatchObject({
      ok: true,
      version: '1.1.0',
      replacesVersion: '1.0.0',
      signedBy: provider.did,
    });
    expect(library().list()).toMatchObject([
      { id: 'hand-hygiene', version: '1.1.0', source: 'imported', signedBy: provider.did, available: true },
    ]);
  });

  test.each([
    [
      'unsigned',
      null,
      /signed by its provider \(did:key:\w+\)\. A package may replace it only when signed with the same provider key; this one is not signed\./,
    ],
    ['signed by another key', newProviderKey(), /; this one is signed by did:key:\w+\./],
  ])('a newer version %s is refused, and nothing is written', (_, signer, message) => {
    const { dataDir, library, importOptions } = setup('bundled', provider);
    const update = signer
      ? signedMinimal(makeDataDir(), signer, { version: '9.0.0' })
      : signedMinimal(makeDataDir(), provider, { version: '9.0.0' });
    if (!signer) fs.rmSync(path.join(update, 'signature.json'));
    const result = importCoursePackage(dataDir, zipOf(update), importOptions);
    expect(result).toMatchObject({ ok: false, reason: 'shadow' });
    if (!result.ok) expect(result.problems[0]?.message).toMatch(message);
    expect(fs.readdirSync(path.join(dataDir, 'courses')).filter((name) => !name.startsWith('.'))).toEqual([]);
    expect(library().list()).toMatchObject([{ version: '1.0.0', source: 'bundled', signedBy: provider.did }]);
  });

  test('an unsigned preloaded course cannot be replaced by any import, signed or not', () => {
    const { dataDir, importOptions } = setup('preloaded', null);
    const update = signedMinimal(makeDataDir(), newProviderKey(), { version: '2.0.0' });
    const result = importCoursePackage(dataDir, zipOf(update), importOptions);
    expect(result).toMatchObject({ ok: false, reason: 'shadow' });
    if (!result.ok) {
      expect(result.problems[0]?.message).toBe(
        'The course id "hand-hygiene" belongs to a course that clinic IT installed on this computer, which is not ' +
          'signed by one provider key, so no imported package may use that id. Ask clinic IT to install a new version of it.',
      );
    }
  });
});

describe('at every load', () => {
  const provider = newProviderKey();

  test('a forged package copied into the imported courses by hand is listed as refused, and never played', () => {
    const { dataDir, library } = setup('bundled', provider);
    const forged = path.join(dataDir, 'courses', 'hand-hygiene-9.0.0');
    fs.cpSync(validMinimalDir, forged, { recursive: true });
    const manifest = path.join(forged, 'course.yml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('version: 1.0.0', 'version: 9.0.0'));
    const loaded = library();
    expect(loaded.get('hand-hygiene').version).toBe('1.0.0');
    const listed = loaded.list();
    expect(listed.map((course) => [course.source, course.version, course.available])).toEqual([
      ['bundled', '1.0.0', true],
      ['imported', '9.0.0', false],
    ]);
    expect(listed[1]?.problems[0]?.message).toMatch(
      /belongs to a course that came with CE Player, signed by its provider/,
    );
    expect(loaded.findVersion('hand-hygiene', '9.0.0')).toBeNull();
  });

  test('a signed package edited after import is refused with the file named, and the previous version plays', () => {
    const { dataDir, library, importOptions } = setup('bundled', provider);
    const update = signedMinimal(makeDataDir(), provider, { version: '1.1.0' });
    expect(importCoursePackage(dataDir, zipOf(update), importOptions)).toMatchObject({ ok: true });
    fs.appendFileSync(
      path.join(dataDir, 'courses', 'hand-hygiene-1.1.0', 'modules', '02-technique.md'),
      '\nEdited.\n',
    );
    const loaded = library();
    expect(loaded.get('hand-hygiene').version).toBe('1.0.0');
    const edited = loaded.list().find((course) => course.version === '1.1.0');
    expect(edited).toMatchObject({ available: false, signedBy: null });
    expect(edited?.problems[0]).toMatchObject({ file: 'modules/02-technique.md' });
    expect(edited?.problems[0]?.message).toMatch(
      /^"modules\/02-technique\.md" was changed after did:key:\w+ signed this package/,
    );
  });
});

describe('where each course came from, through the channels', () => {
  test('the list names the source, the importing profile and time, and the signer', async () => {
    const world = await coreWorld();
    const dana = await world.signUp('Dana');
    const other = path.join(makeDataDir(), 'hand-care');
    fs.cpSync(world.courseDir, other, { recursive: true });
    const manifest = path.join(other, 'course.yml');
    fs.writeFileSync(
      manifest,
      fs.readFileSync(manifest, 'utf8').replace('id: hand-hygiene', 'id: hand-care'),
    );
    const key = newProviderKey();
    const { signFolder } = await import('./signingFixtures');
    signFolder(other, key);
    const zip = buildZip(folderEntries(other));
    const imported = await world.ok(
      'courses.import',
      { kind: 'zip', fileName: 'hand-care.zip', dataBase64: zip.toString('base64') },
      dana,
    );
    expect(imported).toMatchObject({ ok: true, courseId: 'hand-care', signedBy: key.did });
    const origin = (list: Awaited<ReturnType<typeof world.ok<'courses.list'>>>) =>
      list.map(({ id, source, importedBy, importedAt, signedBy }) => ({
        id,
        source,
        importedBy,
        importedAt,
        signedBy,
      }));
    const reader = await world.signUp('Reader');
    expect(origin(await world.ok('courses.list', {}, reader))).toEqual([
      { id: 'hand-hygiene', source: 'bundled', importedBy: null, importedAt: null, signedBy: null },
      { id: 'hand-care', source: 'imported', importedBy: 'Dana', importedAt: t0, signedBy: key.did },
    ]);
    await world.ok('profiles.delete', { confirmName: 'Dana' }, dana);
    const afterDeletion = origin(await world.ok('courses.list', {}, reader));
    expect(afterDeletion[1]).toMatchObject({ importedBy: null, importedAt: t0 });
    const records = fs.readdirSync(path.join(world.dataDir, 'courses', '.imports'));
    const record = fs.readFileSync(path.join(world.dataDir, 'courses', '.imports', records[0] ?? ''), 'utf8');
    expect(record).not.toContain('Dana');
  });

  test('the import policy channel says whether this session may import, and why not', async () => {
    const world = await coreWorld();
    expect(await world.ok('courses.importPolicy', {}, createSession())).toEqual({
      allowed: false,
      reason: 'Sign in to your profile to import a course; the library records who imported each course.',
    });
    expect(await world.ok('courses.importPolicy', {}, await world.signUp('Dana'))).toEqual({
      allowed: true,
      reason: null,
    });
  });
});
