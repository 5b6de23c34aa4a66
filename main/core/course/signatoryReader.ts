import type { Signatory } from './courseTypes';
import type { YamlMapReader } from './yamlMapReader';

/** The longest signatory name or role: the certificate prints both on one line. */
export const MAX_SIGNATORY_TEXT = 100;

/**
 * `signatory` (optional): the provider's representative printed on each certificate, `{name, role}`, both required
 * when the key is there, each one line of at most MAX_SIGNATORY_TEXT characters.
 */
export function readSignatory(root: YamlMapReader): Signatory | null {
  if (!root.has('signatory')) return null;
  const signatory = root.map('signatory', false, ['name', 'role']);
  if (!signatory) return null;
  const line = (key: 'name' | 'role'): string | null => {
    const value = signatory.text(key, true);
    if (value === null) return null;
    if (/[\r\n]/.test(value.trim()) || value.trim().length > MAX_SIGNATORY_TEXT) {
      signatory.fail(
        key,
        `"${key}" in signatory must be one line of at most ${MAX_SIGNATORY_TEXT} characters: the certificate ` +
          'prints the name and role on one line.',
        true,
      );
      return null;
    }
    return value.trim();
  };
  const [name, role] = [line('name'), line('role')];
  return name === null || role === null ? null : { name, role };
}
