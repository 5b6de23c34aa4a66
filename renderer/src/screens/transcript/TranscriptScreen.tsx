import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../app/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CertificateTable } from './CertificateTable';
import { RecordsExports } from './RecordsExports';
import { RecordsImportForm } from './RecordsImportForm';

/** The transcript: every certificate, downloads of the transcript and records, and importing records. */
export function TranscriptScreen() {
  const list = useChannel('certificates.list', {}, 'transcript');
  const headingRef = useScreenFocus<HTMLHeadingElement>('transcript');
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ screen: 'library' })}>Course library</a>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        Transcript
      </h1>
      <StatusMessage state={list} what="your certificates" />
      {list.status === 'ready' && <CertificateTable certificates={list.value} />}
      <RecordsExports />
      <RecordsImportForm />
    </>
  );
}
