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
import {
  evaluateAndAttestFixtureCourse,
  readAndPassModule,
  studyAndPassFixtureCourse,
} from './fixtureCourseFlow';
import { CertificatePage } from './pages/CertificatePage';
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

/** Starts the browser shell with the machine settings naming the LRS behind the gateway. */
async function startSyncingShell(clockRate?: number): Promise<void> {
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
    ...(clockRate ? { clockRate } : {}),
  });
}

test.beforeEach(async () => {
  lrs = await startTestLrs();
  gateway = await startGateway(lrs.port);
  await gateway.goDown();
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

/** Waits, from the moment the LRS came back, at most one sync interval (and one request's timeout) for it to hold every statement the workstation queued. */
async function expectEverythingWithinOneInterval(back: number): Promise<void> {
  const queued = queuedIds();
  await expect
    .poll(async () => (await heldIds()).length, { timeout: (intervalSeconds + timeoutSeconds) * 1000 })
    .toBe(queued.length);
  expect(Date.now() - back).toBeLessThanOrEqual((intervalSeconds + timeoutSeconds) * 1000);
  expect((await heldIds()).sort()).toEqual(queued.sort());
}

test('a learner studies offline, drains the queue with Send now, and the rest arrives within one interval', async ({
  page,
}) => {
  await startSyncingShell();
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
  expect((await heldIds()).length).toBeLessThan(queuedIds().length);
  await gateway.comeBack();
  await expectEverythingWithinOneInterval(Date.now());

  await settings.open();
  await expect(waiting).toHaveText('0 records');
  await expect(settings.recordSyncFact('Last problem')).toHaveText('None');
});

test('a learner completes the whole course offline; within one interval of the LRS coming back it holds every statement, the certificate too', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await startSyncingShell(40);
  await page.clock.install();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Offline Finisher', certificateName: 'Olu Finisher' });
  await studyAndPassFixtureCourse(page);
  await evaluateAndAttestFixtureCourse(page);
  const certificate = new CertificatePage(page, fixtureCourse.id);
  await certificate.goto();
  await certificate.issue();
  expect(await heldIds()).toEqual([]);

  await gateway.comeBack();
  await expectEverythingWithinOneInterval(Date.now());
  const verbs = new Set((await lrs.statements()).map((statement) => statement.verb.id.split('/').pop()));
  // Every kind of learning event: modules opened and read, attempts started and passed, the evaluation, the
  // attestation, and the certificate.
  expect([...verbs].sort()).toEqual(
    ['attempted', 'completed', 'confirm', 'launched', 'passed', 'satisfied', 'submit'].sort(),
  );

  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.recordSyncFact('Waiting to be sent')).toHaveText('0 records');
  await expect(settings.recordSyncFact('Last problem')).toHaveText('None');
  await expect(settings.recordSyncFact('Last sent')).not.toHaveText('Not yet');
});
