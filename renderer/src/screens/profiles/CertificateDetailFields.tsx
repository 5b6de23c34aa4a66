import { TextField } from '../../app/TextField';

/** The profile details a certificate prints. */
export type CertificateDetail =
  'certificateName' | 'credentials' | 'licenseNumber' | 'licenseState' | 'email';

/**
 * The fields for what certificates print, shared by creating a profile and correcting it in settings. A new
 * profile may leave the printed name blank (the profile name is used); a saved one must keep it.
 */
export function CertificateDetailFields({
  field,
  nameRequired,
}: {
  field: (name: CertificateDetail) => { value: string; onChange: (value: string) => void };
  nameRequired: boolean;
}) {
  return (
    <>
      <TextField
        label="Name as printed on certificates"
        {...(nameRequired ? { required: true } : { hint: 'Leave blank to use the profile name.' })}
        autoComplete="name"
        {...field('certificateName')}
      />
      <TextField label="Credentials" hint="For example RN, MD or LCSW." {...field('credentials')} />
      <TextField label="License number" {...field('licenseNumber')} />
      <TextField label="License state or region" {...field('licenseState')} />
      <TextField label="Email" type="email" autoComplete="email" {...field('email')} />
    </>
  );
}
