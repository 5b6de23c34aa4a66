import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/*
 * `npm run screens`: the pictures in docs/screens, taken in the browser shell on the bundled course with the same
 * Chromium and options as the e2e suite. Not part of `npm test`: it writes into docs/.
 */
export default defineConfig({
  ...base,
  workers: 1,
  timeout: 900_000,
  projects: [{ name: 'screens', testDir: '.' }],
});
