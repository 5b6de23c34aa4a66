import { ActionFeedback } from '../../app/ActionFeedback';
import { fontSizeChoices } from '../../app/fontSizes';
import { useSignedInProfile } from '../../app/ProfileSession';
import { useUpdatePreferences } from '../../app/useUpdatePreferences';
import type { Preferences } from '../../app/usePreferences';

const themeChoices: readonly { value: Preferences['theme']; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Same as this computer' },
];

/** Text size and theme, applied to the whole app as soon as they are chosen. */
export function DisplayPreferences() {
  const profile = useSignedInProfile();
  const { state, update } = useUpdatePreferences();
  return (
    <section aria-labelledby="settings-display">
      <h2 id="settings-display">Display</h2>
      <fieldset className="fieldset choice-group">
        <legend>Text size</legend>
        {fontSizeChoices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name="font-size"
              value={choice.value}
              checked={profile.preferences.fontSize === choice.value}
              onChange={() => update({ fontSize: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="fieldset choice-group">
        <legend>Theme</legend>
        {themeChoices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name="theme"
              value={choice.value}
              checked={profile.preferences.theme === choice.value}
              onChange={() => update({ theme: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <ActionFeedback state={state} />
    </section>
  );
}
