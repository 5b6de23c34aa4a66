import { describe, expect, it } from 'vitest';
import { NOT_ACCREDITED, wholePercent } from '../../../main/core/certificates/certificateCredential';
import {
  calendarDate,
  certificatePageTexts,
  certificateWording,
  formatHours,
  PAGE_TEXT,
  printedFactTexts,
} from '../../../main/core/certificates/certificateWording';
import { sampleFacts } from './certificateFixtures';

const snapshot = { ...sampleFacts(), verificationCode: 'ABCDE-12345' };

describe('certificate wording', () => {
  it('writes dates without the machine locale, and hours with one or two decimals', () => {
    expect(calendarDate('2026-01-05')).toBe('January 5, 2026');
    expect(calendarDate('2026-12-31')).toBe('December 31, 2026');
    expect([5, 4.5, 4.75, 0.25, 12].map(formatHours)).toEqual(['5.0', '4.5', '4.75', '0.25', '12.0']);
  });

  it('rounds scores down, so a certificate never shows a pass mark the learner missed', () => {
    expect([0.745, 0.7499, 0.75, 0.29, 0.57, 1, 0].map(wholePercent)).toEqual([74, 74, 75, 29, 57, 100, 0]);
  });

  it('prints the statements verbatim, or says plainly that the activity is not accredited', () => {
    const plain = certificateWording(snapshot, 'did:key:z6MkTest');
    expect(plain.accreditation).toBe(NOT_ACCREDITED);
    expect(plain.designations).toEqual(snapshot.designations.map((d) => d.statement));
    const accredited = certificateWording(
      { ...snapshot, accreditationStatement: 'Accredited by X.' },
      'did:key:z',
    );
    expect(accredited.accreditation).toBe('Accredited by X.');
    expect(printedFactTexts(accredited)).not.toContain(NOT_ACCREDITED);
  });

  it('leaves out absent facts rather than printing empty labels', () => {
    const bare = certificateWording(
      { ...snapshot, licenseNumber: null, licenseState: null, credentials: '', postTestScore: null },
      'did:key:z',
    );
    expect(bare.learner).toBe(snapshot.certificateName);
    expect(bare.license).toBeNull();
    expect(bare.postTest).toBe('Post-test: none in this course');
    expect(certificatePageTexts(bare)).not.toContain(null);
    expect(certificateWording({ ...snapshot, licenseState: null }, 'did:key:z').license).toBe(
      'License RN-884213',
    );
  });

  it('lists the page text as the fixed wording around every printed fact, in page order', () => {
    const wording = certificateWording(snapshot, 'did:key:z6MkTest');
    const page = certificatePageTexts(wording);
    expect(page[0]).toBe(PAGE_TEXT.heading);
    expect(page.filter((text) => !Object.values<string>(PAGE_TEXT).includes(text))).toEqual(
      printedFactTexts(wording),
    );
  });
});
