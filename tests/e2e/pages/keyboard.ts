import type { Locator, Page } from '@playwright/test';

const maxPresses = 200;

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

async function containsFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element.contains(document.activeElement));
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs to an element and activates it with Enter. */
export async function tabAndEnter(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group, then moves with the arrow keys (which select) or Space until `target` is checked. */
export async function chooseRadioByKeyboard(page: Page, group: Locator, target: Locator): Promise<void> {
  for (let presses = 0; !(await containsFocus(group)); presses++) {
    if (presses >= maxPresses) throw new Error(`Tab never reached ${group.toString()}`);
    await page.keyboard.press('Tab');
  }
  for (let presses = 0; !(await target.isChecked()); presses++) {
    if (presses > 12) throw new Error(`The arrow keys never selected ${target.toString()}`);
    await page.keyboard.press((await isFocused(target)) ? 'Space' : 'ArrowDown');
  }
}

/** Tabs to a checkbox and toggles it with Space until it is in the wanted state. */
export async function setCheckboxByKeyboard(page: Page, target: Locator, checked: boolean): Promise<void> {
  await tabTo(page, target);
  if ((await target.isChecked()) !== checked) await page.keyboard.press('Space');
}
