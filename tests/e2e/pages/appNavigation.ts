import type { Page } from '@playwright/test';

/**
 * Goes to an app address by setting the hash, as a link would, on a page already showing the app (the
 * tab's session lives with it). Reloading is `page.reload()`.
 */
export async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((next) => {
    window.location.hash = next;
  }, hash);
}
