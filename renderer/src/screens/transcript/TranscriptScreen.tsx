import { useState } from 'react';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CertificateTable } from './CertificateTable';
import { RecordsExports } from './RecordsExports';
import { RecordsImportForm } from './RecordsImportForm';
import { UnverifiedImports } from './UnverifiedImports';

/**
 * The transcript: every certificate, downloads of the transcript and records, importing records, and the imported
 * records that could not be verified (listed apart; they count toward no certificate).
 */
export function TranscriptScreen() {
  const list = useChannel('certificates.list', {}, 'transcript');
  const [imports, setImports] = useState(0);
  const history = useChannel('records.history', {}, `records-history-${imports}`);
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
      <RecordsExports installationKey={history.status === 'ready' ? history.value.installationKey : null} />
      <RecordsImportForm onImported={() => setImports((n) => n + 1)} />
      <StatusMessage state={history} what="your imported records" />
      {history.status === 'ready' && <UnverifiedImports imports={history.value.unverifiedImports} />}
    </>
  );
}
