import type { RecordsExportFormat } from '../../../../main/contract/recordsSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { saveTextFile } from '../../ui/fileDownload';
import { useAction } from '../../ui/useAction';

const exportChoices: readonly { format: RecordsExportFormat; label: string }[] = [
  { format: 'transcript-csv', label: 'Download transcript (CSV)' },
  { format: 'transcript-json', label: 'Download transcript (JSON)' },
  { format: 'xapi', label: 'Download learning record (xAPI, JSON)' },
  { format: 'learner-records', label: 'Export all my records' },
];

/**
 * Downloads of the transcript, the xAPI learning record, and every record (to move to another computer), with the
 * key this installation signs records files with, once known.
 */
export function RecordsExports({ installationKey }: { installationKey: string | null }) {
  const action = useAction();
  const download = (format: RecordsExportFormat) =>
    void action.run(async () => {
      const file = await invoke('records.export', { format });
      saveTextFile(file.fileName, file.content, file.mimeType);
    }, 'The file is downloading.');
  return (
    <section aria-labelledby="transcript-exports">
      <h2 id="transcript-exports">Download your records</h2>
      <p>
        The transcript lists your certificates. The learning record holds your study as xAPI statements for a
        learning record store. &ldquo;Export all my records&rdquo; saves everything in this profile, to import
        on another computer.
      </p>
      {installationKey && (
        <p>
          Records files exported here are signed by this computer. They count on another computer only if its
          IT team lists this computer&rsquo;s key as trusted:{' '}
          <code className="installation-key">{installationKey}</code>
        </p>
      )}
      <div className="actions">
        {exportChoices.map((item) => (
          <BusyButton
            key={item.format}
            busy={action.busy}
            busyLabel="Preparing…"
            onClick={() => download(item.format)}
          >
            {item.label}
          </BusyButton>
        ))}
      </div>
      <ActionFeedback state={action.state} running="Preparing the file…" />
    </section>
  );
}
