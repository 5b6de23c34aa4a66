import { TextField } from '../../ui/TextField';

/** A new PIN typed twice. */
export interface PinPair {
  pin: string;
  confirm: string;
}

export const emptyPinPair: PinPair = { pin: '', confirm: '' };

/** Why a PIN pair cannot be used yet, in plain words; null when it can (or when both are blank). */
export function pinPairProblem(pair: PinPair): string | null {
  if (pair.pin === '' && pair.confirm === '') return null;
  if (pair.pin !== pair.confirm) return 'The two PINs do not match. Type the same PIN in both boxes.';
  return null;
}

/** Two password boxes for a new PIN and its confirmation. */
export function PinFields({
  value,
  onChange,
  required = false,
  label = 'PIN',
  confirmLabel = 'Confirm PIN',
}: {
  value: PinPair;
  onChange: (value: PinPair) => void;
  required?: boolean;
  label?: string;
  confirmLabel?: string;
}) {
  return (
    <>
      <TextField
        label={label}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required={required}
        hint="4 to 12 digits. A PIN keeps others who use this computer out of your records."
        value={value.pin}
        onChange={(pin) => onChange({ ...value, pin })}
      />
      <TextField
        label={confirmLabel}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required={required}
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
      />
    </>
  );
}
