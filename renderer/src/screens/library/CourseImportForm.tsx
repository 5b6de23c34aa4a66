import type React from 'react';
import { useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../main/contract/channels';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { CourseProblemList } from '../../ui/CourseProblemList';
import { FileField } from '../../ui/FileField';
import { folderRelativePath, readFileBase64 } from '../../ui/fileUpload';
import { useAction } from '../../ui/useAction';

type ImportResult = ChannelOutput<'courses.import'>;

/** What to send for the chosen zip, or for every file of the chosen folder (paths inside the folder). */
async function importInput(kind: 'zip' | 'files', files: File[]): Promise<ChannelInput<'courses.import'>> {
  const [zip] = files;
  if (kind === 'zip') {
    if (!zip) throw new Error('Choose a course package (.zip) first.');
    return { kind: 'zip', fileName: zip.name, dataBase64: await readFileBase64(zip) };
  }
  if (files.length === 0) throw new Error('Choose a course folder first.');
  const read = files.map(async (file) => ({
    path: folderRelativePath(file),
    dataBase64: await readFileBase64(file),
  }));
  return { kind: 'files', files: await Promise.all(read) };
}

/** A refused import: the validator's problems, `file:line:column message` each. */
function ImportProblems({ problems }: { problems: Extract<ImportResult, { ok: false }>['problems'] }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        The course was not imported. Its package has these problems; ask the provider for a corrected one:
      </p>
      <CourseProblemList problems={problems} />
    </div>
  );
}

/** A course added to the library (or already in it), with any warnings for its provider. */
function ImportedCourse({ result }: { result: Extract<ImportResult, { ok: true }> }) {
  return (
    <div className="notice notice-success">
      <p>
        {result.alreadyPresent ? 'Already in the library: ' : 'Imported '}
        {result.title} version {result.version}
        {result.replacesVersion ? ` (it replaces version ${result.replacesVersion})` : ''}.
      </p>
      {result.warnings.length > 0 && (
        <>
          <p>The package has warnings for its provider:</p>
          <CourseProblemList problems={result.warnings} />
        </>
      )}
    </div>
  );
}

/**
 * "Import a course": a package as a .zip file, or a whole course folder. The core checks it with the course
 * validator before it joins the library; clinic IT may have turned importing off, and then its message says so.
 */
export function CourseImportForm({ onImported }: { onImported: () => void }) {
  const [zipFiles, setZipFiles] = useState<File[]>([]);
  const [folderFiles, setFolderFiles] = useState<File[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const action = useAction();
  const start = async (kind: 'zip' | 'files') => {
    setResult(null);
    const outcome = await action.run(async () =>
      invoke('courses.import', await importInput(kind, kind === 'zip' ? zipFiles : folderFiles)),
    );
    if (!outcome) return;
    setResult(outcome);
    if (outcome.ok && !outcome.alreadyPresent) onImported();
  };
  const submit = (kind: 'zip' | 'files') => (event: React.FormEvent) => {
    event.preventDefault();
    void start(kind);
  };
  return (
    <section aria-labelledby="library-import" className="card">
      <h2 id="library-import">Import a course</h2>
      <p>Add a course package from its provider. It is checked before it joins the library.</p>
      <form className="form" onSubmit={submit('zip')} noValidate>
        <FileField label="Course package (.zip)" accept=".zip,application/zip" onChange={setZipFiles} />
        <BusyButton type="submit" busy={action.busy} busyLabel="Importing…">
          Import the package
        </BusyButton>
      </form>
      <form className="form" onSubmit={submit('files')} noValidate>
        <FileField
          label="Course folder"
          hint="The folder that holds course.yml."
          folder
          onChange={setFolderFiles}
        />
        <BusyButton type="submit" busy={action.busy} busyLabel="Importing…">
          Import the folder
        </BusyButton>
      </form>
      <ActionFeedback state={action.state} running="Importing…" />
      {/* Always present, so the outcome is announced when it appears. */}
      <div role="status">{result?.ok && <ImportedCourse result={result} />}</div>
      {result && !result.ok && <ImportProblems problems={result.problems} />}
    </section>
  );
}
