import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/*
 * Playwright cannot download its own browser on these machines, so the browser shell is tested in the system's
 * Chromium: /usr/bin/chromium (Debian's package), or the path in CE_PLAYER_CHROMIUM.
 */
const chromium = process.env.CE_PLAYER_CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's package (apt-get install -y chromium) or set CE_PLAYER_CHROMIUM ` +
      'to the path of a Chromium or Chrome binary, then run the tests again.',
  );
}

export default defineConfig({
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'browser-shell', testDir: 'tests/e2e' },
    { name: 'desktop', testDir: 'tests/desktop' },
  ],
});
