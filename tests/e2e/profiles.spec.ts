import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { ProfilesPage } from './pages/ProfilesPage';
import { SettingsPage } from './pages/SettingsPage';

/*
 * Profiles and settings against the real core: first run, sign-in with and without a PIN, wrong PINs and the
 * lockout, settings applied at once, PIN changes, deleting a profile, and start-up notices.
 */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell();
});

test.afterEach(async () => {
  await shell.stop();
});

function header(page: Page) {
  return page.getByRole('navigation', { name: 'Profile' });
}

test('first run asks for a profile; the header then shows who is signed in', async ({ page }) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await expect(profiles.createHeading).toBeFocused();
  await profiles.create({
    displayName: 'Robin',
    certificateName: 'Robin A. Example',
    credentials: 'RN, BSN',
    licenseNumber: 'RN-12345',
    licenseState: 'Oregon',
    email: 'robin@example.org',
  });
  await expect(header(page)).toContainText('Signed in as Robin');
  const settings = new SettingsPage(page);
  await settings.open();
  const details = settings.region('Your details');
  await expect(details.getByLabel('Name as printed on certificates')).toHaveValue('Robin A. Example');
  await expect(details.getByLabel('Credentials')).toHaveValue('RN, BSN');
  await expect(details.getByLabel('License number')).toHaveValue('RN-12345');
  await expect(details.getByLabel('Email')).toHaveValue('robin@example.org');

  // The session survives a reload; signing out returns to the start screen, which lists the profile.
  await page.reload();
  await expect(settings.heading).toBeVisible();
  await profiles.switchProfile();
  await expect(profiles.profileButton('Robin')).toBeVisible();
  await profiles.signIn('Robin');
});

test('a PIN profile left unused past the clinic limit is signed out, and the app returns to the start screen', async ({
  page,
}) => {
  // The clinic allows 1 minute unused; the core's clock runs 30 times faster, so that is 2 seconds here.
  const settings = path.join(makeDataDir(), 'config.json');
  fs.writeFileSync(settings, JSON.stringify({ pinSignOutMinutes: 1 }));
  const clocked = await startShell(makeDataDir(), { clockRate: 30, env: { CE_PLAYER_CONFIG: settings } });
  try {
    await page.clock.install();
    await page.goto(clocked.url);
    const profiles = new ProfilesPage(page);
    await profiles.create({ displayName: 'Idle Ida', pin: '1357' });
    // The open tab tells the server every 30 s that it is still there; once the sign-in has lapsed, that answer
    // takes the app back to the start screen by itself, with nothing of the learner's left on screen.
    await expect(async () => {
      await page.clock.runFor(30_500);
      await expect(profiles.pickerHeading).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await expect(page).toHaveURL(/#\/$/);
    await expect(header(page)).toHaveCount(0);
  } finally {
    await clocked.stop();
  }
});

test('closing the tab signs a PIN profile out; reloading it does not', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Closing Cal', pin: '2468' });
  await page.reload();
  await expect(header(page)).toContainText('Signed in as Closing Cal');
  const secret = await page.evaluate(() => sessionStorage.getItem('ce-player-session') ?? '');
  const signedIn = async () => {
    const response = await fetch(`${shell.origin}/session/alive`, {
      method: 'POST',
      headers: { Origin: shell.origin, 'X-CE-Session': secret },
    });
    return ((await response.json()) as { signedIn: boolean }).signedIn;
  };
  expect(await signedIn()).toBe(true);
  await page.close({ runBeforeUnload: true });
  // The closed tab said so on pagehide; past the reload grace (10 s) its sign-in is gone.
  await expect.poll(signedIn, { timeout: 20_000 }).toBe(false);
});

test('the core refuses a bad field with a message naming it, and mismatched PINs are caught', async ({
  page,
}) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await page.getByLabel('Profile name', { exact: true }).fill('Sam');
  await page.getByLabel('Email').fill('not an address');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(profiles.alert).toContainText('Email');
  await page.getByLabel('Email').fill('');
  await page.getByLabel(/^PIN/).fill('1234');
  await page.getByLabel(/^Confirm PIN/).fill('4321');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(profiles.alert).toContainText('The two PINs do not match');
  await expect(profiles.createHeading).toBeVisible();
});

test('a PIN-protected profile asks for its PIN; wrong PINs and the lockout are announced', async ({
  page,
}) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await profiles.create({ displayName: 'Casey', pin: '2468' });
  await profiles.switchProfile();
  await expect(profiles.profileButton('Casey')).toContainText('PIN protected');

  await profiles.trySignIn('Casey', '1111');
  await expect(profiles.alert).toContainText('That PIN is not right. 2 more tries');
  await expect(page.getByLabel('PIN for Casey')).toBeVisible();
  await profiles.trySignIn('Casey', '2222');
  await expect(profiles.alert).toContainText('1 more try');
  await profiles.trySignIn('Casey', '3333');
  await expect(profiles.alert).toContainText('please wait');
  // Locked out: even the right PIN is not checked until the wait is over.
  await profiles.trySignIn('Casey', '2468');
  await expect(profiles.alert).toContainText('Too many wrong PINs');
  await expect(profiles.pickerHeading).toBeVisible();
});

test('text size and theme apply to the whole app at once and are kept', async ({ page }) => {
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Dana' });
  const settings = new SettingsPage(page);
  await settings.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'system');
  await expect(html).toHaveAttribute('data-font-size', 'medium');

  await settings.chooseTextSize('Extra large');
  await expect(html).toHaveAttribute('data-font-size', 'extra-large');
  expect(await html.evaluate((element) => getComputedStyle(element).fontSize)).toBe('22px');

  // The learner's theme wins over the system's colour scheme, both ways.
  await page.emulateMedia({ colorScheme: 'light' });
  await settings.chooseTheme('Dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const bodyColour = () =>
    page.locator('html').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await bodyColour()).toBe('rgb(22, 24, 28)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await settings.chooseTheme('Light');
  expect(await bodyColour()).toBe('rgb(251, 250, 247)');
  await settings.chooseTheme('Same as this computer');
  expect(await bodyColour()).toBe('rgb(22, 24, 28)');
  await settings.chooseTheme('Dark');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-font-size', 'extra-large');
});

test('details are corrected in settings and shown in the header', async ({ page }) => {
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Eli' });
  const settings = new SettingsPage(page);
  await settings.open();
  const details = settings.region('Your details');
  await details.getByLabel('Profile name').fill('Eli M.');
  await details.getByLabel('Name as printed on certificates').fill('Elijah Morgan');
  await details.getByLabel('Credentials').fill('LCSW');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Your details were saved.');
  await expect(header(page)).toContainText('Signed in as Eli M.');
  await page.reload();
  await expect(details.getByLabel('Credentials')).toHaveValue('LCSW');
});

test('a PIN can be set, changed and removed in settings', async ({ page }) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await profiles.create({ displayName: 'Frankie' });
  const settings = new SettingsPage(page);
  await settings.open();
  const pin = settings.region('PIN');
  await pin.getByLabel(/^New PIN/).fill('1357');
  await pin.getByLabel(/^Confirm new PIN/).fill('1357');
  await pin.getByRole('button', { name: 'Set PIN' }).click();
  await expect(pin.getByRole('status')).toHaveText('Your PIN was set.');

  await pin.getByLabel('Current PIN').fill('0000');
  await pin.getByLabel(/^New PIN/).fill('2468');
  await pin.getByLabel(/^Confirm new PIN/).fill('2468');
  await pin.getByRole('button', { name: 'Change PIN' }).click();
  await expect(pin.getByRole('alert')).toContainText('That PIN is not right');
  await pin.getByLabel('Current PIN').fill('1357');
  await pin.getByRole('button', { name: 'Change PIN' }).click();
  await expect(pin.getByRole('status')).toHaveText('Your PIN was changed.');

  await profiles.switchProfile();
  await profiles.signIn('Frankie', '2468');
  await settings.open();
  await pin.getByLabel('Current PIN').fill('2468');
  await pin.getByRole('button', { name: 'Remove PIN' }).click();
  await expect(pin.getByRole('status')).toContainText('Your PIN was removed.');
  await profiles.switchProfile();
  await profiles.signIn('Frankie');
});

test('deleting a profile needs its name typed and its PIN, then shows the start screen', async ({ page }) => {
  await page.goto(shell.url);
  const profiles = new ProfilesPage(page);
  await profiles.create({ displayName: 'Gale', pin: '9753' });
  const settings = new SettingsPage(page);
  await settings.open();
  const danger = settings.region('Delete this profile');
  await danger.getByLabel('Type the profile name, Gale, to confirm').fill('Gael');
  await danger.getByLabel('PIN', { exact: true }).fill('9753');
  await danger.getByRole('button', { name: 'Delete profile and all its records' }).click();
  await expect(danger.getByRole('alert')).toContainText('type its name exactly');
  await danger.getByLabel('Type the profile name, Gale, to confirm').fill('Gale');
  await danger.getByRole('button', { name: 'Delete profile and all its records' }).click();
  await expect(profiles.createHeading).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
});

test('a start-up notice from the core shows in a banner until dismissed', async ({ page }) => {
  // A first start makes the day's backup; with the records file then gone, the next start restores it.
  const dataDir = makeDataDir();
  const first = await startShell(dataDir);
  expect(await first.stop()).toBe(0);
  for (const file of fs.readdirSync(dataDir)) {
    if (file.startsWith('ce-player.sqlite')) fs.rmSync(path.join(dataDir, file));
  }
  const restored = await startShell(dataDir);
  try {
    await page.goto(restored.url);
    const banner = page.getByRole('region', { name: 'Notices' });
    await expect(banner.getByRole('status')).toContainText('restored its most recent good backup');
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole('main')).toBeFocused();
  } finally {
    await restored.stop();
  }
});
