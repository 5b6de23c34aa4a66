import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startGateway, type LrsGateway } from '../support/lrs/lrsGateway';
import { startTestLrs, type TestLrs } from '../support/lrs/testLrs';
import { makeTempFolder } from '../support/tempFolder';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { readAndPassModule } from './fixtureCourseFlow';
import { CoursePage } from './pages/CoursePage';
import { tabAndEnter } from './pages/keyboard';
import { ProfilesPage } from './pages/ProfilesPage';
import { SettingsPage } from './pages/SettingsPage';

/*
 * Record sync in the browser shell, with the machine settings naming a real LRS (Learning Locker's statement
 * service) behind a gateway that can take it offline. The learner is told where records go when creating the
 * profile, studies while the LRS is unreachable, sees the queue on the settings screen and drains it with "Send
 * now" (by keyboard); after the LRS comes back, everything is there within one sync interval.
 */
const intervalSeconds = 5;
const timeoutSeconds = 5;
let lrs: TestLrs;
let gateway: LrsGateway;
let shell: RunningShell;
let dataDir: string;

test.beforeEach(async () => {
  lrs = await startTestLrs();
  gateway = await startGateway(lrs.port);
  await gateway.goDown();
  const settings = path.join(makeTempFolder('ce-e2e-lrs-'), 'config.json');
  const lrsSettings = {
    endpoint: gateway.endpoint,
    key: 'clinic-a',
    secret: 'e2e-secret-6402',
    intervalSeconds,
    timeoutSeconds,
  };
  // The file holds the LRS secret, so only its owner may read it (others: sending would stay off).
  fs.writeFileSync(settings, JSON.stringify({ lrs: lrsSettings }), { mode: 0o600 });
  dataDir = makeDataDir();
  shell = await startShell(dataDir, {
    coursesDir: makeFixtureCoursesDir(),
    env: { CE_PLAYER_CONFIG: settings },
  });
});

test.afterEach(async () => {
  await shell.stop();
  await gateway.close();
  await lrs.stop();
});

/** The statement ids the workstation queued, read from its database as another program would. */
function queuedIds(): string[] {
  const db = new Database(path.join(dataDir, 'ce-player.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT statement_id FROM lrs_outbox').pluck().all() as string[];
  } finally {
    db.close();
  }
}

async function heldIds(): Promise<string[]> {
  return (await lrs.statements()).map((statement) => statement.id);
}

test('a learner studies offline, drains the queue with Send now, and the rest arrives within one interval', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  const host = new URL(gateway.endpoint).host;

  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await expect(page.getByText(`learning record store at ${host}`)).toBeVisible();
  await profiles.create({ displayName: 'Sync Tester' });

  // Study while the LRS cannot be reached: nothing the learner does waits for it.
  const [moments, technique] = fixtureCourse.modules;
  await readAndPassModule(page, moments);

  await settings.open();
  const waiting = settings.recordSyncFact('Waiting to be sent');
  await expect(waiting).toHaveText(/^[1-9]\d* records?$/);
  await expect(settings.region('Sending your records')).toContainText(host);
  const sendNow = settings.region('Sending your records').getByRole('button', { name: 'Send now' });
  await tabAndEnter(page, sendNow);
  await expect(settings.region('Sending your records').getByRole('status').last()).toContainText(
    'still waiting',
  );
  await expect(settings.recordSyncFact('Last problem')).toContainText(`${host} could not be reached`);
  await expect(settings.recordSyncFact('Last sent')).toHaveText('Not yet');
  await expectAccessibleInBothThemes(page, 'settings with records waiting');

  // The LRS answers again: Send now drains the queue.
  await gateway.comeBack();
  await tabAndEnter(page, sendNow);
  await expect(settings.region('Sending your records').getByRole('status').last()).toHaveText(
    'All your records are sent.',
  );
  await expect(waiting).toHaveText('0 records');
  await expect(settings.recordSyncFact('Last problem')).toHaveText('None');
  await expect(settings.recordSyncFact('Last sent')).not.toHaveText('Not yet');
  expect((await heldIds()).sort()).toEqual(queuedIds().sort());
  await expectAccessibleInBothThemes(page, 'settings with every record sent');

  // Offline again for the next module; once the LRS is back, the worker brings everything within one interval.
  await gateway.goDown();
  await readAndPassModule(page, technique);
  await new CoursePage(page, fixtureCourse.id, fixtureCourse.title).goto();
  const queued = queuedIds();
  expect((await heldIds()).length).toBeLessThan(queued.length);
  await gateway.comeBack();
  const back = Date.now();
  await expect
    .poll(async () => (await heldIds()).length, { timeout: (intervalSeconds + timeoutSeconds) * 1000 })
    .toBe(queued.length);
  expect(Date.now() - back).toBeLessThanOrEqual((intervalSeconds + timeoutSeconds) * 1000);
  expect((await heldIds()).sort()).toEqual(queued.sort());

  await settings.open();
  await expect(waiting).toHaveText('0 records');
  await expect(settings.recordSyncFact('Last problem')).toHaveText('None');
});
