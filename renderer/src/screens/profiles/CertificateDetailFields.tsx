import { TextField } from '../../ui/TextField';

/** The profile details a certificate prints. */
export type CertificateDetail =
  'certificateName' | 'credentials' | 'licenseNumber' | 'licenseState' | 'email';

/** What the printed-name field says: the rule, once, on both forms. */
export const certificateNameHint =
  'Your full name as your licensing board knows it. It is required before a certificate can be issued.';

/**
 * The fields for what certificates print, shared by creating a profile and correcting it in settings. The printed
 * name is required before a certificate can be issued, and both forms say so: a profile may leave it for later
 * ("needed for certificates"), but a name once saved cannot be emptied (`nameRequired`).
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
        hint={
          nameRequired
            ? certificateNameHint
            : `${certificateNameHint} You can add it now or later in Settings.`
        }
        required={nameRequired}
        optionalNote="needed for certificates"
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
