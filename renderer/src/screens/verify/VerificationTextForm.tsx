import type React from 'react';
import { useId, useState } from 'react';
import type { VerifyCertificateResult } from '../../../../main/contract/certificateSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useAction } from '../../ui/useAction';

/** The longest text worth sending: a verification text is under a kilobyte. */
const maxTextLength = 20_000;

/** UTF-8 text as base64, the contract's form for file bytes. */
function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The second way to verify: paste the verification text a certificate's QR code holds (a phone's scanner shows it),
 * exactly as scanned. The core checks its signature offline, as it checks a file.
 */
export function VerificationTextForm({
  onChecked,
}: {
  onChecked: (checked: { fileName: string; result: VerifyCertificateResult } | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const action = useAction();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    onChecked(null);
    const outcome = await action.run(async () => {
      const trimmed = text.trim();
      if (trimmed === '') throw new Error("Paste the text of the certificate's QR code first.");
      if (trimmed.length > maxTextLength) throw new Error('The text is far longer than a verification text.');
      const fileName = 'verification text';
      const dataBase64 = base64Utf8(trimmed);
      return { fileName, result: await invoke('certificates.verify', { fileName, dataBase64 }) };
    });
    if (outcome) onChecked(outcome);
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={id}>Text from the QR code</label>
        <p id={`${id}-hint`} className="field-hint">
          Scan the QR code on a printed certificate and paste the text it holds, as it is.
        </p>
        <textarea
          id={id}
          rows={6}
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            action.reset();
          }}
        />
      </div>
      <ActionFeedback state={action.state} running="Checking the text…" />
      <BusyButton type="submit" busy={action.busy} busyLabel="Checking…">
        Check this text
      </BusyButton>
    </form>
  );
}
