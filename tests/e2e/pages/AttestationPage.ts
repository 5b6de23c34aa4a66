import { expect, type Page } from '@playwright/test';
import { gotoHash } from './appNavigation';

/** The attestation: time spent, credit claimed, the exact statement and its confirmation. */
export class AttestationPage {
  constructor(
    private readonly page: Page,
    readonly courseId: string,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Attest your time and claim credit' });
  }

  get minutes() {
    return this.page.getByLabel('Minutes you actually spent on this course');
  }

  get hours() {
    return this.page.getByLabel('Credit hours you claim');
  }

  get statement() {
    return this.page.locator('.statement');
  }

  get confirm() {
    return this.page.getByRole('checkbox', { name: 'I attest that this is accurate' });
  }

  /** Asked only when the minutes go past what the course allows beyond the recorded time. */
  get confirmUnrecorded() {
    return this.page.getByRole('checkbox', { name: /^I spent the other \d+ minutes on this course away/ });
  }

  get useRecordedTime() {
    return this.page.getByRole('button', { name: /^Use my recorded time/ });
  }

  get submitButton() {
    return this.page.getByRole('button', { name: 'Attest and claim credit' });
  }

  /** What the screen shows instead of the form while the course's minimum of study is not yet recorded. */
  get studyFirstNotice() {
    return this.page.getByText(/^You can attest once .* of study are recorded for this course\./);
  }

  get attestedNotice() {
    return this.page.getByText(/^Attested on /);
  }

  /** Opens the attestation by its address. */
  async goto(): Promise<void> {
    await gotoHash(this.page, `#/course/${this.courseId}/attestation`);
    await expect(this.heading).toBeVisible();
  }

  /** Types a claim and waits until the statement shows it (hours as the core writes them: "0.25", "1.0"). */
  async claim(minutes: number, hours: number): Promise<void> {
    await this.minutes.fill(String(minutes));
    await this.hours.fill(String(hours));
    const hoursText = Number.isInteger(hours) ? hours.toFixed(1) : String(hours);
    await expect(this.statement).toContainText(`I attest that I spent ${minutes} minutes`);
    await expect(this.statement).toContainText(`claim ${hoursText} hour`);
  }

  /**
   * Confirms and submits, and waits for the recorded attestation. A claim past what the course allows beyond the
   * recorded time also confirms the time away from CE Player (the form asks only then; `claim` has waited for it).
   */
  async attest(): Promise<void> {
    if (await this.confirmUnrecorded.isVisible()) await this.confirmUnrecorded.check();
    await this.confirm.check();
    await this.submitButton.click();
    await expect(this.attestedNotice).toBeVisible();
  }
}
