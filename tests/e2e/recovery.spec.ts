import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeDataDir, startShell } from './browserShell';

/*
 * A database corrupted by hand: the browser shell still serves the app, the learner is told what happened and how
 * old the restored records are, and the damaged file is kept in the data folder.
 */
test('a hand-corrupted database is set aside, a backup restored, and the learner told', async ({ page }) => {
  const dataDir = makeDataDir();
  const first = await startShell(dataDir);
  await first.stop();
  const databasePath = path.join(dataDir, 'ce-player.sqlite');
  expect(fs.existsSync(databasePath)).toBe(true);
  expect(fs.readdirSync(path.join(dataDir, 'backups')).length).toBeGreaterThan(0);

  const handle = fs.openSync(databasePath, 'r+');
  fs.writeSync(handle, Buffer.from('this is not a database header at all'), 0, 36, 0);
  fs.closeSync(handle);

  const second = await startShell(dataDir);
  try {
    await page.goto(second.url);
    await expect(page.getByText(/learning records file was damaged/)).toBeVisible();
    await expect(page.getByText(/restored its most recent good backup, made .* ago/)).toBeVisible();
    const kept = fs.readdirSync(path.join(dataDir, 'corrupt'));
    expect(kept.some((name) => name.endsWith('.sqlite'))).toBe(true);
    expect(fs.existsSync(databasePath)).toBe(true);
  } finally {
    await second.stop();
  }
});
