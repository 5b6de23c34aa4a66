import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './accessibilityCheck';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { evaluateAndAttestFixtureCourse, studyAndPassFixtureCourse } from './fixtureCourseFlow';
import { gotoHash } from './pages/appNavigation';
import { CertificatePage } from './pages/CertificatePage';
import { CoursePage } from './pages/CoursePage';
import { ProfilesPage } from './pages/ProfilesPage';

/*
 * Issue 17, integrity 3: once the certificate is issued, the dashboard no longer says it "can be issued" and the
 * course home no longer offers "Get your certificate"; both say when it was issued and lead to it.
 */
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell(makeDataDir(), { coursesDir: makeFixtureCoursesDir(), clockRate: 40 });
});

test.afterEach(async () => {
  await shell.stop();
});

test('after issuing, the dashboard and the course home say the certificate is issued', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Issued', certificateName: 'Ida Issued' });
  await studyAndPassFixtureCourse(page);
  await evaluateAndAttestFixtureCourse(page);

  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  const dashboard = page.getByRole('region', { name: 'Certificate' });
  await gotoHash(page, `#/course/${fixtureCourse.id}/dashboard`);
  await expect(dashboard).toContainText('Every requirement is met: your certificate can be issued.');
  await home.goto();
  await expect(home.remaining.getByRole('link', { name: 'Get your certificate' })).toBeVisible();

  const certificate = new CertificatePage(page, fixtureCourse.id);
  await certificate.goto();
  await certificate.issue();

  await home.goto();
  const issued = page.getByRole('region', { name: 'Your certificate' });
  await expect(issued).toContainText(/Your certificate was issued on \w+ \d+, \d{4}\./);
  await expect(page.getByRole('link', { name: 'Get your certificate' })).toHaveCount(0);
  await expect(home.remaining).toHaveCount(0);
  await expectAccessibleInBothThemes(page, 'course home, certificate issued');

  await gotoHash(page, `#/course/${fixtureCourse.id}/dashboard`);
  await expect(dashboard).toContainText(/Your certificate was issued on \w+ \d+, \d{4}\./);
  await expect(dashboard).not.toContainText('can be issued');
  await expectAccessibleInBothThemes(page, 'dashboard, certificate issued');
  await dashboard.getByRole('link', { name: 'View your certificate' }).click();
  await expect(certificate.summary).toBeVisible();
  // The certificate screen leads on too, and writes its dates one way.
  const after = page.getByRole('navigation', { name: 'After your certificate' });
  await expect(after.getByRole('link', { name: 'Your transcript' })).toBeVisible();
  await expect(certificate.fact('Completed on')).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(certificate.fact('Issued')).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d [AP]M$/);
  await expectAccessibleInBothThemes(page, 'certificate screen, issued');
  await after.getByRole('link', { name: 'Back to the course' }).click();
  await expect(home.heading).toBeVisible();
});
