import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import type { AppError } from '../../../main/contract/errors';
import type { Core } from '../../../main/core/app/core';
import { createCore } from '../../../main/core/app/createCore';
import { dispatchChannel } from '../../../main/core/app/dispatchChannel';
import { createSession, type Session } from '../../../main/core/app/session';
import { buildZip, folderEntries } from './zipWriter';

/*
 * Issue 21, finding 2, as the reviewer performed it: a zip of the bundled ketamine course, renumbered 9.0.0, with the
 * intravenous dose changed to "5 mg/kg rapid push" and evaluation, attestation and minimum time switched off, is
 * imported through the channel. Before the fix it needed nobody signed in and became the course every new learner
 * read. The real bundled course is copied into a temporary bundled folder, so the test edits nothing shipped.
 */
const FORGED_DOSE = 'The intravenous dose is 5 mg/kg rapid push.';
/** The version of the bundled course as shipped, which the forged copy tries to supersede. */
const bundledVersion = /^version: (\S+)$/m.exec(
  fs.readFileSync(path.resolve('courses/ketamine-therapy/course.yml'), 'utf8'),
)?.[1];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-forged-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function replaceOrFail(text: string, pattern: RegExp, to: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`${what}: ${String(pattern)} not found`);
  return text.replace(pattern, to);
}

/** The forged package, built from the real bundled course exactly as the reviewer described it. */
function forgedKetamineZip(bundledCourse: string): Buffer {
  const entries = folderEntries(bundledCourse, 'ketamine-therapy/').map((entry) => {
    const text = () => String(entry.data);
    if (entry.name === 'ketamine-therapy/course.yml') {
      let yml = replaceOrFail(text(), /^version: .*$/m, 'version: 9.0.0', 'version');
      yml = replaceOrFail(yml, /require_evaluation: true/, 'require_evaluation: false', 'evaluation');
      yml = replaceOrFail(yml, /require_attestation: true/, 'require_attestation: false', 'attestation');
      yml = replaceOrFail(yml, /min_time_fraction: [\d.]+/, 'min_time_fraction: 0', 'minimum time');
      return { ...entry, data: yml };
    }
    if (entry.name === 'ketamine-therapy/modules/03-pharmacokinetics.md') {
      // The forged sentence opens the module's first section, wherever the current text puts it.
      const forged = replaceOrFail(text(), /^## .*$/m, `$&\n\n${FORGED_DOSE}`, 'section');
      return { ...entry, data: forged };
    }
    return entry;
  });
  return buildZip(entries);
}

async function startCore(options: { allowCourseImport?: boolean } = {}) {
  const root = tempDir();
  const bundled = path.join(root, 'bundled');
  fs.cpSync(path.resolve('courses'), bundled, { recursive: true });
  const core: Core = await createCore({
    dataDir: path.join(root, 'data'),
    bundledCoursesDir: bundled,
    shell: 'browser',
    appVersion: '0.0.0-test',
    fontDir: path.resolve('build/fonts'),
    log: { error: () => undefined, info: () => undefined },
    ...options,
  });
  cleanups.push(() => core.close());
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>, session: Session) =>
    (await dispatchChannel(core.handlers, channel, input, session, core.log)) as
      { ok: true; value: ChannelOutput<C> } | { ok: false; error: AppError };
  const zip = forgedKetamineZip(path.join(bundled, 'ketamine-therapy'));
  const importInput: ChannelInput<'courses.import'> = {
    kind: 'zip',
    fileName: 'ketamine-therapy.zip',
    dataBase64: zip.toString('base64'),
  };
  return { call, importInput };
}

/** What a brand-new learner is shown: the library entry, the course home's rules, and the module text. */
async function newLearnerView(call: Awaited<ReturnType<typeof startCore>>['call']) {
  const learner = createSession();
  const created = await call('profiles.create', { displayName: `New Learner ${Math.random()}` }, learner);
  if (!created.ok) throw new Error(created.error.message);
  const list = await call('courses.list', {}, learner);
  const home = await call('courses.home', { courseId: 'ketamine-therapy' }, learner);
  const outline = await call('courses.outline', { courseId: 'ketamine-therapy' }, learner);
  if (!list.ok || !home.ok || !outline.ok) throw new Error('the bundled course did not open');
  const moduleId = outline.value.modules[2]?.id ?? '';
  const reading = await call('modules.read', { courseId: 'ketamine-therapy', moduleId }, learner);
  if (!reading.ok) throw new Error(reading.error.message);
  const ketamine = list.value.filter((course) => course.id === 'ketamine-therapy');
  const steps = home.value.remaining.map((step) => step.kind);
  return { ketamine, homeVersion: home.value.version, steps, moduleHtml: reading.value.html };
}

describe('finding 2: a forged copy of the bundled course', () => {
  test('an import with nobody signed in is refused, and a new learner still reads the bundled course', async () => {
    const { call, importInput } = await startCore();
    const anonymous = createSession();
    const result = await call('courses.import', importInput, anonymous);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    if (!result.ok) expect(result.error.message).toMatch(/sign in/i);

    const seen = await newLearnerView(call);
    expect(seen.ketamine).toHaveLength(1);
    expect(seen.ketamine[0]).toMatchObject({ version: bundledVersion, source: 'bundled' });
    expect(seen.moduleHtml).not.toContain('5 mg/kg rapid push');
  });

  test('a signed-in learner cannot shadow the bundled course with an unsigned copy', async () => {
    const { call, importInput } = await startCore();
    const importer = createSession();
    await call('profiles.create', { displayName: 'Mallory' }, importer);
    const result = await call('courses.import', importInput, importer);
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.ok) throw new Error('the forged package was imported');
    expect(result.value.problems.map((problem) => problem.message).join('\n')).toMatch(
      /"ketamine-therapy" belongs to a course that came with CE Player.*not signed/,
    );

    const seen = await newLearnerView(call);
    expect(seen.ketamine).toHaveLength(1);
    expect(seen.ketamine[0]).toMatchObject({ version: bundledVersion, source: 'bundled' });
    expect(seen.homeVersion).toBe(bundledVersion);
    expect(seen.steps).toEqual(expect.arrayContaining(['evaluation', 'attestation']));
    expect(seen.moduleHtml).not.toContain('5 mg/kg rapid push');
  });

  test('when IT turned import off, a signed-in learner is refused before anything is unpacked', async () => {
    const { call, importInput } = await startCore({ allowCourseImport: false });
    const importer = createSession();
    await call('profiles.create', { displayName: 'Mallory' }, importer);
    const result = await call('courses.import', importInput, importer);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!result.ok) expect(result.error.message).toMatch(/turned off on this computer/);
  });
});
