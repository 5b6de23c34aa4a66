import type { CertificateSummary as Certificate } from '../../../../main/contract/certificateSchemas';
import { formatDate, formatDateTime } from '../../ui/displayFormats';
import { FactList, type Fact } from '../../ui/FactList';
import { routeHref } from '../../app/routes';

/** The name as printed: "Amélie O'Neil, RN, MSN". */
export function printedName(certificateName: string, credentials: string): string {
  return credentials.trim() === '' ? certificateName : `${certificateName}, ${credentials}`;
}

/** The certificate's facts, as signed, in the order the printed page gives them. */
function certificateFacts(certificate: Certificate): Fact[] {
  const facts: Fact[] = [
    ['Name', printedName(certificate.certificateName, certificate.credentials)],
    ['Credentials', certificate.credentials || 'None given'],
  ];
  if (certificate.licenseNumber) {
    const state = certificate.licenseState ? ` (${certificate.licenseState})` : '';
    facts.push(['License', `${certificate.licenseNumber}${state}`]);
  }
  facts.push(
    ['Course', certificate.courseTitle],
    ['Course version', certificate.courseVersion],
    ['Provided by', certificate.providerName],
    ['Completed on', formatDate(certificate.completionDate)],
    ['Hours', certificate.hoursLine],
    [
      'Post-test score',
      certificate.postTestPercent === null ? 'None in this course' : `${certificate.postTestPercent}%`,
    ],
    ['Certificate ID', <code key="id">{certificate.certificateId}</code>],
    ['Verification code', <code key="code">{certificate.verificationCode}</code>],
    ['Issued', formatDateTime(Date.parse(certificate.issuedAt))],
    ['Signed by (issuer)', <code key="did">{certificate.issuerDid}</code>],
  );
  if (certificate.supersedes) {
    facts.push([
      'Replaces certificate',
      <a
        key="supersedes"
        href={routeHref({ screen: 'issued-certificate', certificateId: certificate.supersedes })}
      >
        {certificate.supersedes}
      </a>,
    ]);
  }
  return facts;
}

/**
 * A certificate's summary on screen (and, through the print stylesheet, on paper), with a plain word on what a
 * printout is: the signed certificate is the PDF.
 */
export function CertificateSummary({ certificate }: { certificate: Certificate }) {
  return (
    <section aria-labelledby="certificate-summary-title" className="card certificate-summary">
      <h2 id="certificate-summary-title">Certificate of completion: {certificate.courseTitle}</h2>
      {certificate.status === 'superseded' && (
        <p className="notice notice-warning">
          This certificate was replaced by a corrected one
          {certificate.supersededBy && (
            <>
              :{' '}
              <a href={routeHref({ screen: 'issued-certificate', certificateId: certificate.supersededBy })}>
                {certificate.supersededBy}
              </a>
            </>
          )}
          . It still verifies as an unchanged file, but this installation reports that it was replaced.
        </p>
      )}
      <FactList className="facts certificate-facts" facts={certificateFacts(certificate)} />
      <p className="print-only">
        This is a printout of the certificate&apos;s facts. The signed certificate is the PDF file; anyone can
        check it with its verification code or the PDF itself.
      </p>
    </section>
  );
}
