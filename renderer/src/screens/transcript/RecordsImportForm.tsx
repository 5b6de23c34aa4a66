import type React from 'react';
import { useState } from 'react';
import type { RecordsImportResult } from '../../../../main/contract/recordsSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { FactList } from '../../ui/FactList';
import { FileField } from '../../ui/FileField';
import { readFileText } from '../../ui/fileUpload';
import { useAction } from '../../ui/useAction';

const countLabels: readonly [keyof RecordsImportResult, string][] = [
  ['moduleProgress', 'Module progress'],
  ['positions', 'Reading positions'],
  ['notes', 'Notes'],
  ['bookmarks', 'Bookmarks'],
  ['heartbeats', 'Study time records'],
  ['attempts', 'Quiz attempts'],
  ['evaluations', 'Evaluations'],
  ['attestations', 'Attestations'],
  ['skippedOpenAttempts', 'Unfinished attempts skipped'],
];

/** What one import did: the counts a verified file added, or why an unverified one counts for nothing. */
function ImportOutcome({ result }: { result: RecordsImportResult }) {
  if (!result.verified) {
    return (
      <div className="notice notice-warning import-unverified" role="status">
        <p>{result.message}</p>
        <p>It is listed below under “Imported, not verified”.</p>
      </div>
    );
  }
  return (
    <div className="card import-counts" role="status">
      <h3>What the import added</h3>
      <p>{result.message}</p>
      <FactList facts={countLabels.map(([key, label]) => [label, result[key]] as const)} />
    </div>
  );
}

/**
 * Imports records exported from another computer ("Export all my records") into this profile. A file signed by
 * this computer or an installation IT trusts is merged (importing it twice adds nothing); any other file is kept
 * as unverified history that counts toward no certificate, and `onImported` lets the screen list it.
 */
export function RecordsImportForm({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<RecordsImportResult | null>(null);
  const action = useAction();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setResult(null);
    const imported = await action.run(async () => {
      if (!file) throw new Error('Choose a records file (.json) first.');
      return invoke('records.import', { content: await readFileText(file) });
    });
    if (imported) {
      setResult(imported);
      onImported();
    }
  };
  return (
    <section aria-labelledby="transcript-import">
      <h2 id="transcript-import">Import records</h2>
      <p>
        Records count toward certificates here only when the file was exported from this computer or from a
        computer your IT team trusts. Any other file is kept for you to see, and counts toward no certificate.
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FileField
          label="Records file"
          hint="A .json file made with “Export all my records” on this or another computer."
          accept=".json,application/json"
          onChange={(files) => setFile(files[0] ?? null)}
        />
        <ActionFeedback state={action.state} running="Importing your records…" />
        <BusyButton type="submit" busy={action.busy} busyLabel="Importing…">
          Import records
        </BusyButton>
      </form>
      {result && <ImportOutcome result={result} />}
    </section>
  );
}
