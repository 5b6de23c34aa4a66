import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCertificateCredential } from '../../../main/core/certificates/certificateCredential';
import { readCertificateCredential } from '../../../main/core/certificates/readCertificateCredential';
import {
  renderCertificatePdf,
  serializeCredential,
} from '../../../main/core/certificates/renderCertificatePdf';
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';
import { verificationText, verificationTextBody } from '../../../main/core/certificates/verificationText';
import { fontDir, makeSuiteTempDir, makeTempDir, sampleSnapshot } from './certificateFixtures';
import { replaceShownText } from './pdfTools';

/** The files cert:verify is tried on, in a folder kept for the test file's suite. */
export interface VerifyFixtureFiles {
  /** certificate.pdf, credential.json and scanned.txt (intact); changed.pdf, changed.json, changed.txt. */
  dir: string;
  /** The intact certificate's QR verification text. */
  qrText: string;
  /** The did:key of the installation that signed it. */
  issuerDid: string;
}

/** Issues one sample certificate and writes it, a changed copy of each form, and its QR text. */
export async function writeVerifyFixtureFiles(): Promise<VerifyFixtureFiles> {
  const dir = makeSuiteTempDir();
  const key = loadOrCreateSigningKey(makeTempDir(), Date.now());
  const snapshot = sampleSnapshot(key);
  const credential = await buildCertificateCredential(snapshot, key);
  const pdf = await renderCertificatePdf(snapshot, credential, { fontDir });
  writeFileSync(path.join(dir, 'certificate.pdf'), pdf);
  writeFileSync(path.join(dir, 'credential.json'), serializeCredential(credential));
  writeFileSync(path.join(dir, 'changed.pdf'), replaceShownText(pdf, '4.75', '4.70'));
  const edited = serializeCredential(credential).replace('"creditsEarned": 4.75', '"creditsEarned": 5');
  writeFileSync(path.join(dir, 'changed.json'), edited);
  const read = readCertificateCredential(credential);
  const qrText = read.ok
    ? verificationText(verificationTextBody(snapshot, key.did), read.verificationSignature ?? '')
    : '';
  writeFileSync(path.join(dir, 'scanned.txt'), `${qrText}\n`);
  writeFileSync(path.join(dir, 'changed.txt'), qrText.replace('Hours: 4.75', 'Hours: 5.0'));
  return { dir, qrText, issuerDid: key.did };
}
