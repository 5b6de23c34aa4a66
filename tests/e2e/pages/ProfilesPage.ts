import { expect, type Page } from '@playwright/test';

/** A new profile as the form asks for it; only the name is required. */
export interface NewProfile {
  displayName: string;
  certificateName?: string;
  credentials?: string;
  licenseNumber?: string;
  licenseState?: string;
  email?: string;
  pin?: string;
}

/** The start screen: "Create your profile" on first run, otherwise the list of profiles to sign in with. */
export class ProfilesPage {
  constructor(private readonly page: Page) {}

  get createHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Create your profile' });
  }

  get pickerHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Who is studying?' });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  /** Fills and sends the create form (already on screen) and waits for the library. */
  async create(profile: NewProfile): Promise<void> {
    await expect(this.createHeading).toBeVisible();
    const form = this.page.locator('form');
    await form.getByLabel('Profile name', { exact: true }).fill(profile.displayName);
    if (profile.certificateName)
      await form.getByLabel('Name as printed on certificates').fill(profile.certificateName);
    if (profile.credentials) await form.getByLabel('Credentials').fill(profile.credentials);
    if (profile.licenseNumber) await form.getByLabel('License number').fill(profile.licenseNumber);
    if (profile.licenseState) await form.getByLabel('License state or region').fill(profile.licenseState);
    if (profile.email) await form.getByLabel('Email').fill(profile.email);
    if (profile.pin) {
      await form.getByLabel(/^PIN/).fill(profile.pin);
      await form.getByLabel(/^Confirm PIN/).fill(profile.pin);
    }
    await this.page.getByRole('button', { name: 'Create profile' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Course library' })).toBeVisible();
  }

  /**
   * Gets a freshly opened app to the library as this learner: creates the profile on first run, signs in when
   * it exists, and creates it from the profile list otherwise.
   */
  async enter(profile: NewProfile): Promise<void> {
    await expect(this.createHeading.or(this.pickerHeading)).toBeVisible();
    if (await this.createHeading.isVisible()) return this.create(profile);
    if ((await this.profileButton(profile.displayName).count()) > 0)
      return this.signIn(profile.displayName, profile.pin);
    await this.startCreating();
    await this.create(profile);
  }

  /** Opens the create form from the profile list. */
  async startCreating(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create a new profile' }).click();
    await expect(this.createHeading).toBeVisible();
  }

  /** The button for one profile on the start screen. */
  profileButton(displayName: string) {
    return this.page.getByRole('list', { name: 'Profiles' }).getByRole('button', { name: displayName });
  }

  /** Chooses a profile and, when given, types its PIN; does not wait for the outcome. */
  async trySignIn(displayName: string, pin?: string): Promise<void> {
    await this.profileButton(displayName).click();
    if (pin !== undefined) {
      await this.page.getByLabel(`PIN for ${displayName}`).fill(pin);
      await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    }
  }

  /**
   * Signs in and waits until the app has taken the learner back to where they last read (the library for a
   * learner who has read nothing).
   */
  async signIn(displayName: string, pin?: string): Promise<void> {
    await this.trySignIn(displayName, pin);
    await expect(this.page.getByRole('navigation', { name: 'Profile' })).toContainText(displayName);
    await expect(this.page).not.toHaveURL(/#\/?$/);
  }

  /** Signs out with the header's "Switch profile" and waits for the start screen. */
  async switchProfile(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Profile' })
      .getByRole('button', { name: 'Switch profile' })
      .click();
    await expect(this.pickerHeading).toBeVisible();
  }
}
