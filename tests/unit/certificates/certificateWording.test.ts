import { describe, expect, it } from 'vitest';
import { formatCreditHours } from '../../../main/contract/creditHours';
import { NOT_ACCREDITED } from '../../../main/core/certificates/certificateCredential';
import { certificatePageTexts } from '../../../main/core/certificates/certificatePage';
import { TOP_TEXT } from '../../../main/core/certificates/certificatePageWriter';
import { wholePercent } from '../../../main/core/certificates/certificateSnapshot';
import {
  calendarDate,
  certificateWording,
  hoursLine,
} from '../../../main/core/certificates/certificateWording';
import { sampleFacts } from './certificateFixtures';

const snapshot = { ...sampleFacts(), verificationCode: 'ABCDE-12345' };

describe('certificate wording', () => {
  it('writes dates one way without the machine locale, and hours with one or two decimals', () => {
    expect(calendarDate('2026-01-05')).toBe('January 5, 2026');
    expect(calendarDate('2026-12-31')).toBe('December 31, 2026');
    expect([5, 4.5, 4.75, 0.25, 12].map(formatCreditHours)).toEqual(['5.0', '4.5', '4.75', '0.25', '12.0']);
    const wording = certificateWording(snapshot, 'did:key:z6MkTest');
    expect(wording.completed).toBe('Completed on November 14, 2026');
    expect(wording.issued).toBe('Issued November 14, 2026, 18:30 UTC');
  });

  it("writes the hours line in the designation's own words, and keeps 'claimed' off the page", () => {
    expect(certificateWording(snapshot, 'did:key:z').hours).toBe('4.75 hours of continuing education');
    const ama = [
      {
        type: 'AMA PRA Category 1',
        statement:
          'X designates this enduring material for a maximum of 5.0 AMA PRA Category 1 Credits™. Claim…',
      },
    ];
    expect(hoursLine(5, ama)).toBe('5.0 AMA PRA Category 1 Credits™');
    expect(hoursLine(0.25, [])).toBe('0.25 hours');
    expect(certificatePageTexts(certificateWording(snapshot, 'did:key:z')).join(' ')).not.toMatch(/claimed/i);
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
    expect(certificatePageTexts(accredited)).not.toContain(NOT_ACCREDITED);
  });

  it('puts the did:key and the suite in the small "How to verify" line only, and the signatory on its own line', () => {
    const wording = certificateWording(
      { ...snapshot, signatory: 'Dana Reyes, Director' },
      'did:key:z6MkTest',
    );
    const page = certificatePageTexts(wording);
    expect(page.filter((text) => text.includes('did:key:z6MkTest'))).toEqual([wording.howToVerify]);
    expect(wording.howToVerify).toMatch(/^How to verify: .*eddsa-rdfc-2022.*did:key:z6MkTest\.$/);
    expect(page).toContain('Dana Reyes, Director');
    expect(certificatePageTexts(certificateWording(snapshot, 'did:key:z'))).not.toContain(null);
  });

  it('leaves out absent facts rather than printing empty labels', () => {
    const bare = certificateWording(
      { ...snapshot, licenseNumber: null, licenseState: null, credentials: '', postTestScore: null },
      'did:key:z',
    );
    expect(bare.learner).toBe(snapshot.certificateName);
    expect(bare.license).toBeNull();
    expect(bare.signatory).toBeNull();
    expect(bare.postTest).toBe('Post-test: none in this course');
    expect(certificatePageTexts(bare)).not.toContain(null);
    expect(certificateWording({ ...snapshot, licenseState: null }, 'did:key:z').license).toBe(
      'License RN-884213',
    );
    expect(certificatePageTexts(bare)[0]).toBe(TOP_TEXT.heading);
  });
});
