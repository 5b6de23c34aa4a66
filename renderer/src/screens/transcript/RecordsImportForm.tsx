import type React from 'react';
import { useState } from 'react';
import type { RecordsImportSummary } from '../../../../main/contract/certificateSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../app/ActionFeedback';
import { BusyButton } from '../../app/BusyButton';
import { FactList } from '../../app/FactList';
import { FileField } from '../../app/FileField';
import { readFileText } from '../../app/fileUpload';
import { useAction } from '../../app/useAction';

const countLabels: readonly [keyof RecordsImportSummary, string][] = [
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

/**
 * Imports records exported from another computer ("Export all my records") into this profile. The core merges
 * them, so importing the same file twice adds nothing; the counts it returns say what was added.
 */
export function RecordsImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [added, setAdded] = useState<RecordsImportSummary | null>(null);
  const action = useAction();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const summary = await action.run(async () => {
      if (!file) throw new Error('Choose a records file (.json) first.');
      return invoke('records.import', { content: await readFileText(file) });
    }, 'The records were imported.');
    if (summary) setAdded(summary);
  };
  return (
    <section aria-labelledby="transcript-import">
      <h2 id="transcript-import">Import records</h2>
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
      {added && (
        <div className="card import-counts">
          <h3>What the import added</h3>
          <FactList facts={countLabels.map(([key, label]) => [label, added[key]] as const)} />
        </div>
      )}
    </section>
  );
}
