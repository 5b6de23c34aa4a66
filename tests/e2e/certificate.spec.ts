import fs from 'node:fs';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { makeDataDir, startShell, type RunningShell } from './browserShell';
import path from 'node:path';
import {
  editCredentialJson,
  editEmbeddedCredential,
  pdfPageText,
  runCertVerify,
  scanQrCode,
} from './certificateFiles';
import { fixtureCourse, makeFixtureCoursesDir } from './courseFixtures';
import { studyAndPassFixtureCourse } from './fixtureCourseFlow';
import { AttestationPage } from './pages/AttestationPage';
import { CertificatePage } from './pages/CertificatePage';
import { CoursePage } from './pages/CoursePage';
import { EvaluationPage } from './pages/EvaluationPage';
import { ProfilesPage } from './pages/ProfilesPage';
import { VerifyPage } from './pages/VerifyPage';

/*
 * From a new profile to a certificate that verifies: the whole fixture course in the browser shell, the
 * certificate downloaded, checked by the real verifier (the cert:verify CLI) and by the Verify screen, and edited
 * copies refused. Study time is real heartbeats on a faster core clock (see serverClockRate.mjs).
 */
let shell: RunningShell;

/** The fixture course names a signatory (course.yml `signatory`), printed on its certificates. */
const signatory = { name: '[Placeholder] Director of Continuing Education', role: 'Example CE Provider' };

test.beforeEach(async () => {
  const coursesDir = makeFixtureCoursesDir();
  const manifest = path.join(coursesDir, fixtureCourse.id, 'course.yml');
  const yaml = fs.readFileSync(manifest, 'utf8');
  fs.writeFileSync(
    manifest,
    yaml.replace(/^credit:/m, `signatory:\n  name: "${signatory.name}"\n  role: ${signatory.role}\ncredit:`),
  );
  shell = await startShell(makeDataDir(), { coursesDir, clockRate: 40 });
});

test.afterEach(async () => {
  await shell.stop();
});

/** A one-use link to a certificate's PDF for the session of `tab`, made as the app makes one. */
function pdfLink(tab: Page, pdfPath: string): Promise<string> {
  return tab.evaluate(
    async (certificateId) => {
      const response = await fetch('/session/pdf-link', {
        method: 'POST',
        headers: { 'X-CE-Session': sessionStorage.getItem('ce-player-session') ?? '' },
        body: JSON.stringify({ certificateId }),
      });
      return new URL(((await response.json()) as { path: string }).path, window.location.href).toString();
    },
    /[0-9a-f-]{36}/.exec(pdfPath)?.[0] ?? '',
  );
}

test('a learner who has not done the work sees what is missing, with links to each step', async ({
  page,
}) => {
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Not Yet' });
  const certificate = new CertificatePage(page, fixtureCourse.id);
  await certificate.goto();
  await expect(certificate.heading).toBeFocused();
  const items = certificate.missing.getByRole('listitem');
  await expect(items).toHaveText([
    /Read 2 more modules to the end\./,
    /Pass 2 more module quizzes\./,
    /Pass the post-test \(pass mark 75%\)\./,
    /Submit the course evaluation\./,
    /9 min more of recorded study time\./,
    /Attest the time you spent and claim your credit\./,
    /Add your full name as it should be printed on your certificate \(Settings, Your details\)\./,
  ]);
  await expect(page.getByRole('button', { name: 'Issue my certificate' })).toHaveCount(0);
  await expect(
    certificate.missing.getByRole('link', { name: 'Go to the post-test on the course page' }),
  ).toBeVisible();
  await certificate.missing.getByRole('link', { name: 'Open the attestation' }).click();
  await expect(new AttestationPage(page, fixtureCourse.id).heading).toBeFocused();
  await page.goBack();
  await certificate.missing.getByRole('link', { name: 'Open the course evaluation' }).click();
  await expect(new EvaluationPage(page, fixtureCourse.id).heading).toBeFocused();

  // The course home links the same steps, and the dashboard links the certificate.
  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  await home.goto();
  await expect(home.remaining.getByRole('link', { name: 'Open the course evaluation' })).toBeVisible();
  await expect(home.remaining.getByRole('link', { name: 'Open the attestation' })).toBeVisible();
  await expect(home.remaining.getByRole('link', { name: 'Get your certificate' })).toHaveCount(0);
  await home.remaining.getByRole('link', { name: 'Certificate status' }).click();
  await expect(certificate.heading).toBeVisible();
});

test('new profile to a downloaded certificate that verifies; edited copies do not', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.clock.install();
  await page.goto(shell.url);
  await new ProfilesPage(page).create({
    displayName: 'Amélie',
    certificateName: "Amélie O'Neil",
    credentials: 'RN, MSN',
    licenseNumber: 'RN-884213',
    licenseState: 'OR',
  });
  await studyAndPassFixtureCourse(page);

  const home = new CoursePage(page, fixtureCourse.id, fixtureCourse.title);
  await home.goto();
  await expect(home.remaining.getByRole('listitem')).toHaveText([
    /Submit the course evaluation\./,
    /Attest the time you spent and claim your credit\./,
  ]);

  // The evaluation: the core's message for a required item left blank, then the answers, read-only.
  await home.remaining.getByRole('link', { name: 'Open the course evaluation' }).click();
  const evaluation = new EvaluationPage(page, fixtureCourse.id);
  await expect(evaluation.heading).toBeFocused();
  await evaluation.submitButton.click();
  await expect(page.getByRole('alert')).toContainText(
    'Please answer "The course met its stated learning objectives."',
  );
  await evaluation.answerFixtureItems();
  await evaluation.submit();
  await expect(evaluation.heading).toBeFocused();
  await expect(page.locator('.answer-pair')).toContainText('Agree (4 of 5)');
  await expect(page.getByRole('button', { name: 'Submit the evaluation' })).toHaveCount(0);

  // The attestation: the recorded time, the exact words for the typed claim, and a confirmation.
  const attestation = new AttestationPage(page, fixtureCourse.id);
  await attestation.goto();
  await expect(page.locator('.facts')).toContainText('Most credit you can claim0.25 hours');
  await expect(attestation.hours).toHaveAttribute('step', '0.25');
  await expect(attestation.hours).toHaveAttribute('max', '0.25');
  await attestation.claim(20, 0.25);
  await expect(attestation.statement).toHaveText(
    `I attest that I spent 20 minutes on "${fixtureCourse.title}" (version 1.0.0) and claim 0.25 hours of ` +
      'credit, commensurate with the extent of my participation in the activity.',
  );
  // About 10 minutes recorded: 20 goes past what the course allows unconfirmed, so the form asks about the rest.
  await attestation.submitButton.click();
  await expect(page.getByRole('alert')).toContainText(
    'Confirm that you spent the time CE Player did not record on this course',
  );
  await attestation.confirmUnrecorded.check();
  await attestation.submitButton.click();
  await expect(page.getByRole('alert')).toContainText('Tick “I attest that this is accurate”');
  await attestation.claim(20, 0.5);
  await attestation.confirmUnrecorded.check();
  await attestation.confirm.check();
  await attestation.submitButton.click();
  await expect(page.getByRole('alert')).toContainText('This course offers at most 0.25 hours of credit');
  await attestation.claim(20, 0.25);
  await attestation.attest();

  // Issue, then save the PDF and the credential.
  await home.goto();
  await expect(home.remaining).toContainText('Nothing remains');
  await home.remaining.getByRole('link', { name: 'Get your certificate' }).click();
  const certificate = new CertificatePage(page, fixtureCourse.id);
  await expect(certificate.heading).toBeFocused();
  await certificate.issue();
  await expect(certificate.fact('Name')).toHaveText("Amélie O'Neil, RN, MSN");
  await expect(certificate.fact('Hours')).toHaveText('0.25 hours');
  await expect(certificate.fact('Post-test score')).toHaveText('100%');
  await expect(certificate.fact('Course version')).toHaveText('1.0.0');
  await expect(certificate.fact('Signed by (issuer)')).toHaveText(/^did:key:z6Mk/);
  const code = (await certificate.fact('Verification code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

  // Open PDF shows the signed PDF itself in a new tab, from the app's own origin, through a link that works once.
  const pdfLoaded = page
    .context()
    .waitForEvent('response', (response) => response.url().includes('/files/certificates/'));
  const opened = await certificate.openPdf();
  const pdfPath = new URL(opened.url()).pathname;
  expect(pdfPath).toMatch(/^\/files\/certificates\/[0-9a-f-]{36}\.pdf$/);
  const openedPdf = await pdfLoaded;
  expect(openedPdf.headers()['content-type']).toBe('application/pdf');
  expect((await page.request.get(opened.url())).status()).toBe(401); // the link is spent
  // The viewer tab holds the viewer, not the file: a fresh link of the learner's own gives the bytes to check.
  const openedBytes = await page.request.get(await pdfLink(page, pdfPath));
  expect(openedBytes.headers()['content-disposition']).toBe(openedPdf.headers()['content-disposition']);
  expect(openedPdf.headers()['content-disposition']).toMatch(/^inline; filename="certificate-hand-hygiene-/);
  const openedFile = testInfo.outputPath('opened.pdf');
  fs.writeFileSync(openedFile, await openedBytes.body());
  expect(runCertVerify(openedFile).status).toBe(0);
  await opened.close();

  // Print PDF prints the PDF from a hidden frame under the app's CSP. The test stands in for the print dialog,
  // which would otherwise block a headless browser.
  await certificate.printPdf();
  await expect(page.locator('html')).toHaveAttribute(
    'data-printed',
    new RegExp(`${pdfPath}\\?link=[\\w-]+$`),
  );
  await expect(page.getByRole('status').filter({ hasText: 'went to the print dialog' })).toBeVisible();
  expect(page.frames().some((frame) => new URL(frame.url()).pathname === pdfPath)).toBe(true);
  await expect(page.locator('html')).not.toHaveAttribute('data-csp-violation', /.*/);

  // The same certificate gives nothing to another profile's session, even through a link of its own, or to a
  // request without a link.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto(shell.url);
  await new ProfilesPage(other).enter({ displayName: 'Someone Else' });
  const refused = await other.request.get(await pdfLink(other, pdfPath));
  expect(refused.status()).toBe(404);
  expect(await refused.text()).toBe('This certificate is not in your transcript.');
  await otherContext.close();
  const anonymous = await playwrightRequest.newContext();
  expect((await anonymous.get(new URL(pdfPath, shell.url).toString())).status()).toBe(401);
  await anonymous.dispose();

  // The page's own print stylesheet still gives a clean summary when the learner prints the screen itself.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save PDF' })).toBeHidden();
  await expect(page.getByText('Correct my name')).toBeHidden();
  await expect(certificate.summary).toContainText('This is a printout of the certificate');
  await page.emulateMedia({ media: 'screen' });

  const pdfDownload = await certificate.download('Save PDF');
  expect(pdfDownload.suggestedFilename()).toMatch(/^certificate-hand-hygiene-1\.0\.0-.*\.pdf$/);
  const pdfFile = testInfo.outputPath('certificate.pdf');
  await pdfDownload.saveAs(pdfFile);
  const credentialDownload = await certificate.download('Save credential.json');
  const credentialFile = testInfo.outputPath('credential.json');
  await credentialDownload.saveAs(credentialFile);

  // The face of the real PDF: the hours in the designation's words, one date format, the signatory, and the
  // did:key and suite only in the small "How to verify" line.
  const face = pdfPageText(pdfFile).replace(/\s+/g, ' ');
  expect(face).toContain("Amélie O'Neil, RN, MSN");
  expect(face).toContain('License RN-884213 (OR)');
  expect(face).toMatch(/Completed on [A-Z][a-z]+ \d{1,2}, \d{4}/);
  expect(face).toMatch(/Issued [A-Z][a-z]+ \d{1,2}, \d{4}, \d\d:\d\d UTC/);
  expect(face).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(face).toContain('0.25 hours');
  expect(face).not.toMatch(/claimed/i);
  expect(face).toContain(`${signatory.name}, ${signatory.role}`);
  expect(face).toMatch(/How to verify: scan the QR code, or check the attached credential\.json/);
  expect(face.match(/did:key:z6Mk/g)).toHaveLength(1);
  expect(face.indexOf('did:key:')).toBeGreaterThan(face.indexOf('How to verify:'));

  // The QR code, scanned from the rendered page, holds a verification text both verifiers accept as it is.
  const scanned = scanQrCode(pdfFile);
  expect(scanned).toMatch(/^CE Player certificate verification text 1\nCertificate: [0-9a-f-]{36}\n/);
  expect(scanned).toContain(`Code: ${code}`);
  const scannedFile = testInfo.outputPath('scanned.txt');
  fs.writeFileSync(scannedFile, scanned);
  const textVerdict = runCertVerify(scannedFile);
  expect(textVerdict.output).toMatch(/^VALID: .*verification text/);
  expect(textVerdict.status).toBe(0);

  // The real verifier, on the downloaded files.
  const verdict = runCertVerify(pdfFile);
  expect(verdict.output).toContain('VALID');
  expect(verdict.output).toContain(code);
  expect(verdict.status).toBe(0);
  expect(runCertVerify(credentialFile).status).toBe(0);
  const editedPdf = testInfo.outputPath('certificate-edited.pdf');
  const edit = editEmbeddedCredential(fs.readFileSync(pdfFile));
  fs.writeFileSync(editedPdf, edit.bytes);
  const editedVerdict = runCertVerify(editedPdf);
  expect(editedVerdict.output).toContain('INVALID');
  // An edited fact breaks the signature; the fallback (a flipped compressed byte) damages the stream.
  expect(editedVerdict.output).toContain(edit.edited ? 'bad-signature' : 'damaged-file');
  expect(editedVerdict.status).toBe(1);

  // The Verify screen: the same PDF is VALID, the edited copies are NOT VALID with the core's reason.
  const verify = new VerifyPage(page);
  await verify.open();
  await verify.check(pdfFile);
  await verify.expectValid();
  await expect(verify.result).toContainText("Amélie O'Neil, RN, MSN");
  await expect(verify.result).toContainText(code);
  await expect(verify.result).toContainText('It was signed by this installation.');
  await expect(verify.result).toContainText('eddsa-rdfc-2022');
  await verify.checkText(scanned);
  await verify.expectValid();
  await expect(verify.result).toContainText('the verification text was signed by its issuer');
  await expect(verify.result).toContainText("Amélie O'Neil, RN, MSN");
  await verify.checkText(scanned.replace('Hours: 0.25', 'Hours: 5.0'));
  await verify.expectNotValid();
  await expect(verify.result).toContainText('The verification text does not verify');
  await verify.check(editedPdf);
  await verify.expectNotValid();
  await expect(verify.result).toContainText(edit.edited ? 'The signature does not match' : 'damaged');
  await expect(verify.result).toHaveAttribute('role', 'alert');
  await verify.check({
    name: 'credential.json',
    mimeType: 'application/json',
    buffer: Buffer.from(editCredentialJson(fs.readFileSync(credentialFile, 'utf8'))),
  });
  await verify.expectNotValid();
  await expect(verify.result).toContainText(/changed|signature/i);
  await expect(verify.result).not.toContainText(/at \w+ \(|Error:/); // never a stack trace

  // A page that lost its session prints nothing and says so, rather than printing the server's error text.
  await certificate.goto();
  await page.evaluate(() => sessionStorage.clear());
  await certificate.printPdf();
  await expect(page.getByRole('alert')).toContainText('The certificate PDF could not be opened');
  expect(await page.locator('#pdf-print-frame').count()).toBe(0);
});
