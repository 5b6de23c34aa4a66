import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { makeFixtureCoursesDir } from '../e2e/courseFixtures';
import { completeFixtureCourseByKeyboard } from '../e2e/keyboardCourseFlow';
import { electronRuntimePath, missingRuntimeReason } from './electronRuntime';

const runtime = electronRuntimePath();
// The list reporter shows a skip without its reason; say it once, plainly, in the run's output.
if (runtime === null) console.log(`Desktop e2e skipped: ${missingRuntimeReason}`);
const appRoot = path.resolve(import.meta.dirname, '..', '..');

test.describe('desktop app (Electron)', () => {
  test.skip(runtime === null, missingRuntimeReason);

  let app: ElectronApplication;

  test.beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-player-desktop-'));
    app = await electron.launch({
      executablePath: runtime ?? undefined,
      args: [
        appRoot,
        '--data-dir',
        dataDir,
        '--courses-dir',
        makeFixtureCoursesDir(),
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('the complete keyboard flow of the browser-shell suite: new profile to a passed post-test', async () => {
    const page = await app.firstWindow();
    expect(page.url().startsWith('app://ce-player/')).toBe(true);
    await completeFixtureCourseByKeyboard(page);
  });

  test('the renderer has no Node, and only the contract bridge', async () => {
    const page = await app.firstWindow();
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { cePlayer?: object }).cePlayer ?? {}),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'] });
  });

  test('window.open is denied and navigation away is blocked', async () => {
    const page = await app.firstWindow();
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    // The main process keeps the next navigation request and whether it was refused: the guard's listener was
    // added with the window, so it has run by the time this one sees the event.
    type Asked = { url: string; refused: boolean };
    await app.evaluate(({ BrowserWindow }) => {
      (globalThis as { navigationAsked?: Promise<Asked> }).navigationAsked = new Promise((resolve) => {
        BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) =>
          resolve({ url: event.url, refused: event.defaultPrevented }),
        );
      });
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    const asked = await app.evaluate(
      () => (globalThis as { navigationAsked?: Promise<Asked> }).navigationAsked,
    );
    expect(asked).toEqual({ url: 'https://example.org/', refused: true });
    expect(page.url().startsWith('app://ce-player/')).toBe(true);
  });
});
