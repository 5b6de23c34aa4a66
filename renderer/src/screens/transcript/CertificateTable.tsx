import type { CertificateSummary } from '../../../../main/contract/certificateSchemas';
import { formatDate, formatHours } from '../../ui/displayFormats';
import { routeHref } from '../../app/routes';

/** Every certificate of the learner, newest first as the core lists them, each linked to its page. */
export function CertificateTable({ certificates }: { certificates: readonly CertificateSummary[] }) {
  if (certificates.length === 0) {
    return <p>No certificates yet. Complete a course to earn one; it will be listed here.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table transcript-table">
        <caption>Your certificates</caption>
        <thead>
          <tr>
            <th scope="col">Course</th>
            <th scope="col">Version</th>
            <th scope="col">Completed</th>
            <th scope="col">Hours</th>
            <th scope="col">Status</th>
            <th scope="col">Verification code</th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((certificate) => (
            <tr key={certificate.certificateId} data-certificate-id={certificate.certificateId}>
              <th scope="row">
                <a
                  href={routeHref({ screen: 'issued-certificate', certificateId: certificate.certificateId })}
                >
                  {certificate.courseTitle}
                </a>
              </th>
              <td>{certificate.courseVersion}</td>
              <td>{formatDate(certificate.completionDate)}</td>
              <td>{formatHours(certificate.hoursClaimed)}</td>
              <td>{certificate.status === 'current' ? 'Current' : 'Superseded'}</td>
              <td>
                <code>{certificate.verificationCode}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
