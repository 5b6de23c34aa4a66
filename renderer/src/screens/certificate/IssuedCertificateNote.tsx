import type { IssuedCertificateRef } from '../../../../main/contract/playerSchemas';
import { formatDay } from '../../ui/displayFormats';
import { routeHref } from '../../app/routes';

/** "Your certificate was issued on …", with the way to it: what the course home and the dashboard say once issued. */
export function IssuedCertificateNote({
  courseId,
  certificate,
}: {
  courseId: string;
  certificate: IssuedCertificateRef;
}) {
  return (
    <>
      <p className="notice notice-success issued-note">
        Your certificate was issued on {formatDay(Date.parse(certificate.issuedAt))}.
      </p>
      <p>
        <a className="button-link primary" href={routeHref({ screen: 'certificate', courseId })}>
          View your certificate
        </a>
      </p>
    </>
  );
}
